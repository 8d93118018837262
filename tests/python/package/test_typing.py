"""Typing and help: py.typed ships, the checked-in stubs of the compiled module (one per
submodule) are what pybind11-stubgen generates from it now, mypy is clean in strict mode, and
every public function and method has a docstring with an example."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
import types
from importlib import resources
from pathlib import Path

import pytest

import plan6

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "python" / "plan6"
STUBS = SOURCE / "_core"
SUBMODULES = sorted(
    name for name, value in vars(plan6._core).items() if isinstance(value, types.ModuleType)
)


def generate_stubs(directory: Path) -> Path:
    """The stubs as `make stubs` generates them (same command): a folder of .pyi files."""
    subprocess.run(
        [sys.executable, "-m", "pybind11_stubgen", "plan6._core", "--output-dir", str(directory)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return directory / "plan6" / "_core"


@pytest.fixture(scope="module")
def generated_stubs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_stubs(tmp_path_factory.mktemp("stubs"))


def test_py_typed_is_installed() -> None:
    assert (resources.files("plan6") / "py.typed").is_file()
    assert (SOURCE / "py.typed").is_file()


def test_the_core_has_a_submodule_per_area() -> None:
    assert SUBMODULES == ["calendar", "indicators", "report", "text"]


@pytest.mark.parametrize("submodule", ["__init__", *SUBMODULES])
def test_generated_stubs_cover_the_module(generated_stubs: Path, submodule: str) -> None:
    module = plan6._core if submodule == "__init__" else getattr(plan6._core, submodule)
    text = (generated_stubs / f"{submodule}.pyi").read_text(encoding="utf-8")
    for name in module.__dict__:
        if not name.startswith("_"):
            assert name in text, f"{name} missing from the generated stub of {submodule}"


def test_checked_in_stubs_are_current(generated_stubs: Path) -> None:
    generated = {p.name: p.read_text(encoding="utf-8") for p in generated_stubs.glob("*.pyi")}
    checked_in = {p.name: p.read_text(encoding="utf-8") for p in STUBS.glob("*.pyi")}
    assert sorted(checked_in) == sorted(generated), "python/plan6/_core/: run `make stubs`"
    for name, text in generated.items():
        assert checked_in[name] == text, f"python/plan6/_core/{name} is out of date: make stubs"


def test_mypy_strict_is_clean(tmp_path: Path) -> None:
    # A copy of the sources with the checked-in stubs beside the package, checked with the
    # [tool.mypy] settings of pyproject.toml (strict).
    tree = tmp_path / "src"
    shutil.copytree(SOURCE, tree / "plan6", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    config = config.replace('files = ["python/plan6"]', 'files = ["plan6"]')
    (tree / "pyproject.toml").write_text(config, encoding="utf-8")
    cache = ROOT / "build" / "mypy-cache"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache)],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def _public_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(plan6.__path__, "plan6.")
        if not any(part.startswith("_") for part in info.name.split("."))
    )


def _public_callables() -> list[tuple[str, object]]:
    found: dict[str, object] = {}
    for name in ["plan6", *_public_modules()]:
        module = importlib.import_module(name)
        for attribute in getattr(module, "__all__", []):
            obj = getattr(module, attribute)
            owner = getattr(obj, "__module__", "") or ""
            if not owner.startswith("plan6"):
                continue
            if inspect.isclass(obj):
                for method_name, method in vars(obj).items():
                    if method_name.startswith("_"):
                        continue
                    function = method.fget if isinstance(method, property) else method
                    if isinstance(function, (staticmethod, classmethod)):
                        function = function.__func__
                    if inspect.isfunction(function) and not isinstance(method, property):
                        found[f"{obj.__module__}.{obj.__qualname__}.{method_name}"] = function
            elif inspect.isfunction(obj):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return sorted(found.items())


def test_every_public_function_and_method_has_an_example() -> None:
    missing = [name for name, obj in _public_callables() if ">>>" not in (obj.__doc__ or "")]
    assert not missing, f"public functions without an example: {missing}"

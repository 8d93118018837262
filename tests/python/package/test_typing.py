"""Typing and help: py.typed ships, the checked-in stub of the compiled module is what
pybind11-stubgen generates from it now, mypy is clean in strict mode, and every public
function and method has a docstring with an example."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import plan6

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "python" / "plan6"
STUB = SOURCE / "_core.pyi"


def generate_stub(directory: Path) -> Path:
    """The stub as `make stubs` generates it (same command)."""
    subprocess.run(
        [sys.executable, "-m", "pybind11_stubgen", "plan6._core", "--output-dir", str(directory)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return directory / "plan6" / "_core.pyi"


@pytest.fixture(scope="module")
def generated_stub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_stub(tmp_path_factory.mktemp("stubs"))


def test_py_typed_is_installed() -> None:
    assert (resources.files("plan6") / "py.typed").is_file()
    assert (SOURCE / "py.typed").is_file()


def test_generated_stub_covers_the_module(generated_stub: Path) -> None:
    text = generated_stub.read_text(encoding="utf-8")
    for name in plan6._core.__dict__:
        if not name.startswith("_"):
            assert name in text, f"{name} missing from the generated stub"


def test_checked_in_stub_is_current(generated_stub: Path) -> None:
    if not STUB.exists():
        pytest.skip("python/plan6/_core.pyi is not checked in yet: run `make stubs`")
    assert STUB.read_text(encoding="utf-8") == generated_stub.read_text(encoding="utf-8"), (
        "python/plan6/_core.pyi is out of date: run `make stubs`"
    )


def test_mypy_strict_is_clean(generated_stub: Path, tmp_path: Path) -> None:
    # A copy of the sources with the stub beside the package (the checked-in one when there
    # is one), checked with the [tool.mypy] settings of pyproject.toml (strict).
    tree = tmp_path / "src"
    shutil.copytree(SOURCE, tree / "plan6", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    if not STUB.exists():
        shutil.copy(generated_stub, tree / "plan6" / "_core.pyi")
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

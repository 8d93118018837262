"""Runs the examples in every docstring of the installed package (and its compiled core)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import plan6

MODULES = sorted(
    {"plan6", "plan6._core"}
    | {f"plan6._core.{name}" for name in ("indicators", "calendar", "text", "report")}
    | {
        info.name
        for info in pkgutil.walk_packages(plan6.__path__, "plan6.")
        if info.name not in {"plan6.__main__"}
    }
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = finder.find(module, name, globs={**vars(module), "plan6": plan6})
    for test in tests:
        runner.run(test)
    assert runner.failures == 0, f"{runner.failures} failing example(s) in {name}"


def test_every_public_function_has_an_example() -> None:
    missing = []
    for name in plan6.__all__:
        obj = getattr(plan6, name)
        if callable(obj) and not isinstance(obj, type) and ">>>" not in (obj.__doc__ or ""):
            missing.append(name)
    assert not missing, f"public functions without an example: {missing}"

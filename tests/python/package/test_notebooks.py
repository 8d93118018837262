"""The notebooks in notebooks/ run top to bottom on a fresh Jupyter kernel (nbclient), and show
what they claim: values are checked against the report and hand calculation."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[3] / "notebooks"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


def run(name: str, tmp_path: Path) -> Any:
    # Jupyter's platform-dirs deprecation notice would be an error under -W error.
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    return notebook


def outputs(notebook: Any) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts.append(str(data.get("text/plain", "")) + str(data.get("text/html", "")))
            parts.append(str(output.get("text", "")))
    return "\n".join(parts)


def test_the_four_notebooks_are_there() -> None:
    assert NAMES == [
        "01-quickstart.ipynb",
        "02-kawasaki-plan6.ipynb",
        "03-extract-a-report.ipynb",
        "04-fiscal-years-and-eras.ipynb",
    ]


def test_notebooks_are_stored_without_outputs() -> None:
    import nbformat

    for name in NAMES:
        notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
        nbformat.validate(notebook)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [], name
                assert cell.execution_count is None, name
                assert cell.source.strip(), f"{name}: empty code cell"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 426 / 320 = 1.33125; 827 / 752 - 1 = 0.0997...; the report writes 391億7,319万円
        ("01-quickstart.ipynb", ["1.33125", "0.09973", "133.1 %", "391億7,319万円", "zero_base"]),
        # from the report: 15 plans in category 3 per year, 4 changed targets, reference 4
        ("02-kawasaki-plan6.ipynb", ["3* (ref. 4)", "426人", "133.1 %", "kawasaki-plan6.xlsx"]),
        ("03-extract-a-report.ipynb", ["True", "<mark>", "391億7,319万円"]),
        # 平成24年度 = FY2012 = Period('2013', 'Y-MAR')
        ("04-fiscal-years-and-eras.ipynb", ["Period('2013', 'Y-MAR')", "2012-04-01", "平成"]),
    ],
)
def test_notebook_runs_and_shows(name: str, expected: list[str], tmp_path: Path) -> None:
    text = outputs(run(name, tmp_path))
    for snippet in expected:
        assert snippet in text, f"{name}: {snippet!r} not in the outputs"

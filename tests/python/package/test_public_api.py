"""The public Python API: every name of ``plan6.__all__`` imports, every name plan6 0.1.0
exported is still there, and the old module paths (plan6.plot, plan6.calendars…) still
import what they did, after the package was grouped by area."""

from __future__ import annotations

import importlib
import types

import pytest

import plan6

# plan6.__all__ of 0.1.0, written out here (not read from the package): none may go.
RELEASED = {
    "ERAS", "REASONS", "DateRange", "EraYear", "Extraction", "FiscalCalendar", "FiscalYearText",
    "NumberExpression", "ParseError", "__version__", "attainment", "cagr", "calendars",
    "categories", "classify", "consistency", "datasets", "day_of_fiscal_year", "disagreements",
    "display", "extract", "fiscal_month", "fiscal_quarter", "fiscal_year", "fiscal_year_range",
    "fiscal_years_spanned", "format_fiscal_year", "format_japanese_number", "from_era", "gap",
    "growth", "growth_ratio", "log_growth", "normalize", "options", "panel_growth",
    "parse_fiscal_year", "parse_number", "parse_numbers", "parse_numeral", "progress",
    "progress_class", "projection", "read_report", "reason_description", "report",
    "required_growth", "resolve_date", "rollup", "scan_dates", "scan_numbers",
    "target_achieved", "to_era",
}  # fmt: skip

# Module paths that existed as files, and names imported from them in docs and tests.
OLD_PATHS = {
    "plan6.calendars": ["JP", "US_FEDERAL", "UK", "UK_TAX", "AU", "FiscalCalendar"],
    "plan6.categories": ["ACHIEVEMENT_CATEGORIES", "KAWASAKI", "PRESETS", "Scale"],
    "plan6.display": ["CategoryRollup", "Fact", "IndicatorResult", "indicator_result"],
    "plan6.plot": ["attainment_bullets", "category_heatmap", "japanese_font", "growth_bars"],
    "plan6.units": ["UNIT_SUFFIX", "display_unit"],
    "plan6.extract": ["Extraction", "FileResult", "combine", "extract", "extract_files"],
    "plan6.consistency": ["consistency", "disagreements", "render_html_section"],
    "plan6.report": ["build_tables", "render_text", "render_html", "write_html", "write_xlsx"],
    "plan6.text": ["parse_number", "scan_numbers", "format_japanese_number", "KINDS"],
    "plan6.indicators": ["REASONS", "attainment", "panel_growth", "rollup", "Direction"],
    "plan6.datasets": ["EvaluationDataset", "kawasaki_plan6", "kawasaki_plan6_text"],
}


@pytest.mark.parametrize("name", sorted(plan6.__all__))
def test_every_name_of_all_imports(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from plan6 import {name}", namespace)  # the statement a user writes
    assert namespace[name] is getattr(plan6, name)
    assert namespace[name] is not None


def test_no_released_name_is_gone() -> None:
    assert not RELEASED - set(plan6.__all__), sorted(RELEASED - set(plan6.__all__))
    assert len(plan6.__all__) == len(set(plan6.__all__))


@pytest.mark.parametrize("path", sorted(OLD_PATHS))
def test_old_module_paths_still_import(path: str) -> None:
    module = importlib.import_module(path)
    assert isinstance(module, types.ModuleType)
    for name in OLD_PATHS[path]:
        assert name in module.__all__
        assert getattr(module, name) is not None


def test_functions_named_like_old_modules_stay_functions() -> None:
    # plan6.extract and plan6.consistency are functions, also after their old modules are
    # imported by name.
    importlib.import_module("plan6.extract")
    importlib.import_module("plan6.consistency")
    assert callable(plan6.extract)
    assert not isinstance(plan6.extract, types.ModuleType)
    assert callable(plan6.consistency)
    assert not isinstance(plan6.consistency, types.ModuleType)
    assert plan6.extract is plan6.report.extract

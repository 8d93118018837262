"""The plan6 command line: ``plan6 report``, ``plan6 extract`` (and more as they are built).

>>> from plan6.cli import build_parser
>>> build_parser().parse_args(["report", "--html", "out.html"]).html
'out.html'
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

__all__ = ["build_parser", "main"]


def _report(args: argparse.Namespace) -> int:
    from .datasets import kawasaki_plan6
    from .report import render_text, write_html

    if importlib.util.find_spec("matplotlib") is not None:
        import matplotlib

        matplotlib.use("Agg")  # a command draws its charts into files, never in a window
    if args.file is None:
        dataset = kawasaki_plan6()
    else:
        from .report import read_report

        dataset = read_report(Path(args.file).read_bytes()).to_dataset()
    sys.stdout.write(render_text(dataset))
    if args.html:
        path = write_html(dataset, args.html)
        sys.stdout.write(f"\nHTML report written to {path}\n")
    if args.xlsx:
        from .report import write_xlsx

        path = write_xlsx(dataset, args.xlsx)
        sys.stdout.write(f"Excel workbook written to {path}\n")
    return 0


_FORMATS = ("csv", "parquet", "json")


def _write_table(frame: object, path: str | None, fmt: str) -> None:
    import pandas as pd

    assert isinstance(frame, pd.DataFrame)
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet output needs --output PATH")
        try:
            import pyarrow  # noqa: F401
        except ImportError as error:
            raise ValueError(
                "Parquet output needs pyarrow: pip install 'plan6[parquet]'"
            ) from error
        frame.to_parquet(path, index=False)
    elif fmt == "json":
        text = frame.to_json(orient="records", force_ascii=False, indent=1)
        if path is None:
            sys.stdout.write(text + "\n")
        else:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
    elif path is None:
        frame.to_csv(sys.stdout, index=False)
    else:
        frame.to_csv(path, index=False, encoding="utf-8")


def _format_of(path: str | None, explicit: str | None) -> str:
    if explicit:
        return explicit
    if path is not None:
        suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
        if suffix in _FORMATS:
            return suffix
    return "csv"


def _extract(args: argparse.Namespace) -> int:
    from .report import combine, extract_files

    progress = None
    if len(args.files) > 1 and not args.no_progress:
        from tqdm import tqdm

        def progress(results, total):  # type: ignore[no-untyped-def]
            return tqdm(results, total=total, unit="file", desc="plan6 extract", file=sys.stderr)

    results = extract_files(args.files, jobs=args.jobs, progress=progress)
    failed = 0
    for result in results:
        if result.error is not None:
            failed += 1
            print(f"plan6 extract: {result.path}: {result.error}", file=sys.stderr)
    tables = combine(results)
    fmt = _format_of(args.output, args.format)
    for name, path in [("facts", args.output), ("residue", args.residue), ("plans", args.plans)]:
        if name != "facts" and path is None:
            continue
        _write_table(tables[name], path, fmt if name == "facts" else _format_of(path, args.format))
    if failed:
        print(f"plan6 extract: {failed} of {len(results)} file(s) failed", file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``plan6`` command.

    >>> build_parser().parse_args(["report", "--xlsx", "plan6.xlsx"]).xlsx
    'plan6.xlsx'
    """
    parser = argparse.ArgumentParser(
        prog="plan6",
        description="Evaluate public plans: indicators and reports from municipal evaluation "
        "reports (bundled: Kawasaki City Plan 6, FY2011–FY2012).",
    )
    parser.add_argument("--version", action="version", version=f"plan6 {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    report = commands.add_parser(
        "report",
        help="print the evaluation summary and write an HTML report",
        description="Print the evaluation summary (categories by action programme, changed "
        "targets, attainment against plan, growth over the prior year, consistency of the "
        "self-assessment) and write a self-contained HTML report: of the bundled, hand-curated "
        "Kawasaki Plan 6 data, or of any evaluation report given as a text file, read by "
        "plan6's extractor.",
    )
    report.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="an evaluation report as UTF-8 text (default: the bundled Kawasaki Plan 6 data)",
    )
    report.add_argument(
        "--html",
        default="plan6-report.html",
        metavar="PATH",
        help="where to write the HTML report (default: %(default)s)",
    )
    report.add_argument(
        "--no-html", dest="html", action="store_const", const=None, help="print the summary only"
    )
    report.add_argument(
        "--xlsx",
        default=None,
        metavar="PATH",
        help="also write plans, facts and indicators to an Excel workbook (.xlsx)",
    )
    report.set_defaults(run=_report)

    extract = commands.add_parser(
        "extract",
        help="extract the quantitative facts of evaluation reports (text files)",
        description="Read evaluation reports (UTF-8 text extracted from PDF) and write one row "
        "per quantitative fact: policy plan, fiscal year, metric, value, unit, prior-year and "
        "target values, and where it came from. Files are processed in parallel; a file that "
        "fails is reported without losing the others' results (exit status 1).",
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="report text files")
    extract.add_argument(
        "-o", "--output", metavar="PATH", help="facts table (default: CSV on standard output)"
    )
    extract.add_argument(
        "--format", choices=_FORMATS, help="output format (default: from the suffix, else csv)"
    )
    extract.add_argument("--residue", metavar="PATH", help="also write the non-fact numbers")
    extract.add_argument("--plans", metavar="PATH", help="also write the plan × year table")
    extract.add_argument(
        "-j", "--jobs", type=int, default=None, metavar="N", help="worker threads (default: cores)"
    )
    extract.add_argument("--no-progress", action="store_true", help="no progress bar")
    extract.set_defaults(run=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["report", "--no-html"])  # doctest: +ELLIPSIS
    plan6 evaluation report — ...
    0
    """
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (ValueError, TypeError, OSError) as error:
        print(f"plan6 {args.command}: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())

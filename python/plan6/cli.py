"""The plan6 command line: ``plan6 report``, ``plan6 extract`` (and more as they are built).

>>> from plan6.cli import build_parser
>>> build_parser().parse_args(["report", "--html", "out.html"]).html
'out.html'
"""

from __future__ import annotations

import argparse
import codecs
import importlib.util
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    import pandas as pd

    from .report import Extraction

__all__ = ["build_parser", "main"]


def _source(file: str) -> tuple[object, str]:
    """A command-line FILE as a source for read_document: ``-`` is standard input."""
    if file == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return Path(file), file


def _numbered(path: str, number: int) -> str:
    """out.html, out-2.html, … for the reports of a file that holds several."""
    if number == 1:
        return path
    target = Path(path)
    return str(target.with_name(f"{target.stem}-{number}{target.suffix}"))


def _not_recognised(name: str, extraction: Extraction) -> str:
    """The short report of a document in which no layout was recognised: what was looked for,
    and the numbers found, by kind."""
    lines = [f"plan6 report: {name}", f"  {extraction.warnings[-1]}"]
    kinds = extraction.residue["kind"].value_counts()
    if len(kinds):
        lines.append("  numbers by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
    lines.append("  no plan, fact or category to report")
    return "\n".join(lines) + "\n"


def _report(args: argparse.Namespace) -> int:
    from .datasets import kawasaki_plan6
    from .report import print_report, write_html

    if importlib.util.find_spec("matplotlib") is not None:
        import matplotlib

        matplotlib.use("Agg")  # a command draws its charts into files, never in a window
    if args.file is None:
        datasets = [kawasaki_plan6()]
    else:
        from .report import LayoutWarning, read_report
        from .report.documents import read_document

        source, name = _source(args.file)
        document = read_document(
            source,  # type: ignore[arg-type]
            encoding=args.encoding,
            format=args.input_format,
            name=name,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LayoutWarning)  # said below, in the report itself
            extraction = read_report(document)
        if not extraction.layouts:
            sys.stdout.write(_not_recognised(name, extraction))
            return 0
        for warning in extraction.warnings:
            print(f"plan6 report: {name}: warning: {warning}", file=sys.stderr)
        datasets = [part.to_dataset() for part in extraction.parts]
    for number, dataset in enumerate(datasets, start=1):
        if number > 1:
            sys.stdout.write(f"\n— report {number} of {len(datasets)} in {args.file} —\n\n")
        print_report(dataset, sys.stdout)
        if args.html:
            path = write_html(dataset, _numbered(args.html, number))
            sys.stdout.write(f"\nHTML report written to {path}\n")
        if args.xlsx:
            from .report import write_xlsx

            path = write_xlsx(dataset, _numbered(args.xlsx, number))
            sys.stdout.write(f"Excel workbook written to {path}\n")
    return 0


_FORMATS = ("csv", "xlsx", "parquet", "json")


def _write_table(
    frame: object, path: str | None, fmt: str, sheet: str = "facts", headers: str = "labels"
) -> None:
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
    elif fmt == "xlsx":
        if path is None:
            raise ValueError("Excel output needs --output PATH (a workbook is not text)")
        from .rendering.excel import write_workbook

        write_workbook([(sheet, frame)], path, headers)  # type: ignore[arg-type]
    elif fmt == "json":
        text = frame.to_json(orient="records", force_ascii=False, indent=1)
        if path is None:
            sys.stdout.write(text + "\n")
        else:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
    else:
        from .rendering.columns import write_csv

        # to a file: UTF-8 with a byte-order mark (Excel on Japanese Windows needs it)
        write_csv(frame, sys.stdout if path is None else path, headers)  # type: ignore[arg-type]


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

    if args.files.count("-") > 1:
        raise ValueError("standard input (-) can be read once only")
    if args.scheduler is not None:
        tables, errors, notes = _extract_on_cluster(args)
    else:
        sources = [_source(file) for file in args.files]
        results = extract_files(
            [source for source, _ in sources],  # type: ignore[misc]
            jobs=args.jobs,
            progress=progress,
            encoding=args.encoding,
            format=args.input_format,
            names=[name for _, name in sources],
        )
        errors = [result.error for result in results if result.error is not None]
        notes = [(result.path, warning) for result in results for warning in result.warnings]
        tables = combine(results)
    for error in errors:
        print(f"plan6 extract: {error}", file=sys.stderr)
    for path, warning in notes:
        print(f"plan6 extract: {path}: warning: {warning}", file=sys.stderr)
    fmt = _format_of(args.output, args.format)
    for name, path in [("facts", args.output), ("residue", args.residue), ("plans", args.plans)]:
        if name != "facts" and path is None:
            continue
        own = fmt if name == "facts" else _format_of(path, args.format)
        _write_table(tables[name], path, own, sheet=name, headers=args.headers)
    if errors:
        print(f"plan6 extract: {len(errors)} of {len(args.files)} file(s) failed", file=sys.stderr)
    return 1 if errors else 0


def _extract_on_cluster(
    args: argparse.Namespace,
) -> tuple[dict[str, pd.DataFrame], list[str], list[tuple[str, str]]]:
    """``plan6 extract --scheduler``: the files read by the workers of a dask cluster."""
    if "-" in args.files:
        raise ValueError("standard input (-) cannot be read on a cluster; give files")
    if importlib.util.find_spec("distributed") is None:
        raise ValueError("--scheduler needs dask.distributed: pip install 'plan6[dask]'")
    from .dask.documents import extract_on

    tables = extract_on(
        args.scheduler, args.files, encoding=args.encoding, format=args.input_format
    )
    errors = tables.pop("errors")
    notes = tables.pop("warnings")
    return (
        tables,
        [str(error) for error in errors["error"]],
        [
            (str(path), str(note))
            for path, note in zip(notes["source"], notes["warning"], strict=True)
        ],
    )


def _input_options(command: argparse.ArgumentParser) -> None:
    from .report.documents import FORMATS

    command.add_argument(
        "--encoding",
        metavar="NAME",
        help="text encoding of text, CSV and HTML input (default: detected; cp932, euc_jp, "
        "utf-8, utf-16…; Shift_JIS means cp932)",
    )
    command.add_argument(
        "--input-format",
        choices=FORMATS,
        help="format of the input (default: from the content and the file suffix)",
    )


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
        "Kawasaki Plan 6 data, or of any evaluation report given as a file (PDF, HTML, a "
        "spreadsheet, CSV or text), read by plan6's extractor.",
    )
    report.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="an evaluation report: PDF, HTML, a spreadsheet, CSV or text in any Japanese "
        "encoding; - for standard input (default: the bundled Kawasaki Plan 6 data)",
    )
    _input_options(report)
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
        help="extract the quantitative facts of evaluation reports",
        description="Read evaluation reports (PDF, HTML, spreadsheets, CSV or text in any "
        "Japanese encoding) and write one row per quantitative fact: policy plan, fiscal "
        "year, metric, value, unit, prior-year and target values, and where it came from "
        "(span, page, table cell). Files are processed in parallel; a file that cannot be "
        "read is reported in one line without losing the others' results (exit status 1).",
    )
    extract.add_argument(
        "files", nargs="+", metavar="FILE", help="report files; - for standard input"
    )
    extract.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="facts table: .csv (UTF-8 with BOM), .xlsx, .parquet, .json "
        "(default: CSV on standard output)",
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
    extract.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="read the files on the dask cluster whose scheduler is at ADDRESS "
        "(tcp://host:8786; needs plan6[dask]); the workers must see the files' paths",
    )
    extract.add_argument(
        "--headers",
        choices=("labels", "names"),
        default="labels",
        help="CSV and workbook headers: labels in the display language (PLAN6_LANGUAGE=ja for "
        "Japanese) or the column names (default: %(default)s; Parquet and JSON keep the names)",
    )
    _input_options(extract)
    extract.set_defaults(run=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["report", "--no-html"])  # doctest: +ELLIPSIS
    plan6 evaluation report — ...
    0
    """
    args = build_parser().parse_args(argv)
    _console_safe(sys.stdout)
    _console_safe(sys.stderr)
    try:
        return int(args.run(args))
    except FileNotFoundError as error:
        print(
            f"plan6 {args.command}: error: {error.args[0] if error.args else error}",
            file=sys.stderr,
        )
        return 1
    except (ValueError, TypeError, OSError) as error:
        print(f"plan6 {args.command}: error: {error}", file=sys.stderr)
        return 1


# Characters a Japanese Windows console (cp932) lacks, and the ones it shows for them.
_CONSOLE = {
    "\u2014": "\u2015",  # — EM DASH: cp932 has the horizontal bar
    "\u2212": "\uff0d",  # − MINUS SIGN: the full-width hyphen-minus
    "\u301c": "\uff5e",  # 〜 WAVE DASH: the full-width tilde
    "\u2016": "\u2225",  # ‖
    "\u00a2": "\uffe0",
    "\u00a3": "\uffe1",
    "\u00ac": "\uffe2",
    "\u00a0": " ",
    "\u00b7": "\u30fb",  # · MIDDLE DOT: the katakana middle dot
    "\u2011": "-",
    "\u2013": "-",
}


def _console_error(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    replaced = "".join(_CONSOLE.get(ch, "?") for ch in bad)
    try:
        replaced.encode(error.encoding)
    except UnicodeEncodeError:
        replaced = "?" * len(bad)
    return replaced, error.end


codecs.register_error("plan6-console", _console_error)


def _console_safe(stream: object) -> None:
    """Let a console that cannot show every character (cp932) show what it can, instead of
    failing on the first '—' of the report."""
    encoding = getattr(stream, "encoding", None)
    reconfigure = getattr(stream, "reconfigure", None)
    if not encoding or reconfigure is None:
        return
    try:
        "—〜−".encode(encoding)
    except UnicodeEncodeError:
        reconfigure(errors="plan6-console")
    except LookupError:
        return


if __name__ == "__main__":
    raise SystemExit(main())

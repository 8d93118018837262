"""The plan6 command line: ``plan6 report`` (and more subcommands as they are built).

>>> from plan6.cli import build_parser
>>> build_parser().parse_args(["report", "--html", "out.html"]).html
'out.html'
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence

from . import __version__

__all__ = ["build_parser", "main"]


def _report(args: argparse.Namespace) -> int:
    from .datasets import kawasaki_plan6
    from .report import render_text, write_html

    if importlib.util.find_spec("matplotlib") is not None:
        import matplotlib

        matplotlib.use("Agg")  # a command draws its charts into files, never in a window
    dataset = kawasaki_plan6()
    sys.stdout.write(render_text(dataset))
    if args.html:
        path = write_html(dataset, args.html)
        sys.stdout.write(f"\nHTML report written to {path}\n")
    if args.xlsx:
        from .report import write_xlsx

        path = write_xlsx(dataset, args.xlsx)
        sys.stdout.write(f"Excel workbook written to {path}\n")
    return 0


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
        description="Print the evaluation summary of the bundled Kawasaki Plan 6 data "
        "(categories by action programme, changed targets, attainment against "
        "plan, growth over the prior year) and write a self-contained HTML report.",
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

"""Speed of plan6's document readers, side by side with the libraries they compete with, in
one run on the same files (made here: nothing is downloaded).

Prints:
1. PDF pages per second: plan6.read_document against pypdfium2's own text extraction (open,
   then ``get_textpage().get_text_range()`` per page: the library plan6 wraps) and
   pdfplumber's ``extract_text``, on (a) the bundled report typeset with reportlab in IPAex
   Gothic and (b) a made-up document of two-column pages with tables; and the ratio of
   plan6's time to pypdfium2's (the budget: at most 1.25);
2. CP932 text: detection + decoding (plan6.read_document) against ``bytes.decode("cp932")``,
   and decoding + number scan (plan6.scan_numbers), in MB/s;
3. HTML tables per second: plan6.read_document (cell grids with their spans) against
   pandas.read_html (lxml), on a page of year grids with rowspan/colspan headers.

    .venv/bin/python benchmarks/bench_documents.py [--repeat 7]

Times are CPU times of this process (every contender runs on one thread), the best of
``--repeat`` rounds with the contenders run in turn in each round: the machine is shared,
and wall-clock times moved by ±40 % with the other sessions' builds.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

import plan6

FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def _race(contenders: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The best time of each contender, run in turn round after round, so that a burst of
    load on the shared machine falls on all of them rather than on one."""
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeat):
        for name, run in contenders.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


def _canvas(size: tuple[float, float]):  # type: ignore[no-untyped-def]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "IPAexG" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    buffer = io.BytesIO()
    return canvas.Canvas(buffer, pagesize=size), buffer


def report_pdf() -> bytes:
    """The bundled report, 60 text lines a page, with a running header and page numbers."""
    lines = plan6.datasets.kawasaki_plan6_text().split("\n")
    width = 80 + 8 * max(map(len, lines))
    pdf, buffer = _canvas((width, 842))
    for first in range(0, len(lines), 60):
        pdf.setFont("IPAexG", 7)
        pdf.drawString(40, 814, "施策評価報告書")
        pdf.drawCentredString(width / 2, 18, f"- {first // 60 + 1} -")
        pdf.setFont("IPAexG", 8)
        for row, line in enumerate(lines[first : first + 60]):
            pdf.drawString(40, 782 - 12 * row, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def layout_pdf(pages: int = 30) -> bytes:
    """Made-up pages: a title, two columns of prose, and a year grid under them."""
    pdf, buffer = _canvas((595, 842))
    sentence = "架空市の施策{}について、本年度は計画を上回る{}件の相談に応じた。"
    for page in range(pages):
        pdf.setFont("IPAexG", 14)
        pdf.drawString(40, 790, f"第{page + 1}章 施策の評価")
        pdf.setFont("IPAexG", 9)
        for row in range(40):
            for column, x in enumerate((40, 320)):
                text = sentence.format(page * 80 + 2 * row + column, 100 + row)[:26]
                pdf.drawString(x, 750 - 13 * row, text)
        for row in range(6):
            cells = (
                ["指標", "2011年度", "2012年度", "2013年度"]
                if row == 0
                else [f"指標{row}", f"{100 + row}件", f"{120 + row}件", f"{140 + row}件"]
            )
            for column, cell in enumerate(cells):
                pdf.drawString(60 + 120 * column, 200 - 16 * row, cell)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_speed(name: str, data: bytes, repeat: int) -> None:
    import pdfplumber
    import pypdfium2

    def with_pypdfium2() -> None:
        pdf = pypdfium2.PdfDocument(data)
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()

    def with_pdfplumber() -> None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()

    pages = plan6.read_document(data).n_pages
    times = _race({"plan6": lambda: plan6.read_document(data), "pdfium": with_pypdfium2}, repeat)
    ours, wrapped = times["plan6"], times["pdfium"]
    plumber = _race({"pdfplumber": with_pdfplumber}, max(1, repeat // 3))["pdfplumber"]
    print(f"   {name} ({pages} pages)")
    print(f"     plan6.read_document               {pages / ours:8.1f} pages/s")
    print(f"     pypdfium2 get_text_range          {pages / wrapped:8.1f} pages/s")
    print(f"     pdfplumber extract_text           {pages / plumber:8.1f} pages/s")
    print(f"     plan6 / pypdfium2 time            {ours / wrapped:8.2f}  (budget 1.25)")


def cp932_speed(repeat: int) -> None:
    text = plan6.datasets.kawasaki_plan6_text() * 20
    data = text.encode("cp932")
    size = len(data) / 1e6
    print(f"2. CP932 text ({size:.1f} MB)")
    times = _race(
        {
            "decode": lambda: data.decode("cp932"),
            "detect": lambda: plan6.read_document(data),
            "scan": lambda: plan6.scan_numbers(plan6.read_document(data).text),
        },
        repeat,
    )
    decode, detect, scan = times["decode"], times["detect"], times["scan"]
    print(f"   bytes.decode('cp932')               {size / decode:8.1f} MB/s")
    print(f"   plan6.read_document (detect+decode) {size / detect:8.1f} MB/s")
    print(f"   read_document + plan6.scan_numbers  {size / scan:8.1f} MB/s")


def html_page(tables: int = 200) -> str:
    grid = (
        "<table><tr><th rowspan=2>指標</th><th rowspan=2>基準値</th><th colspan=3>実績</th></tr>"
        "<tr><th>2011年度</th><th>2012年度</th><th>2013年度</th></tr>"
        + "".join(
            f"<tr><td>指標{row}</td><td>{row}0件</td><td>{row}1件</td><td>{row}2件</td>"
            f"<td>{row}3件</td></tr>"
            for row in range(12)
        )
        + "</table>"
    )
    return (
        "<html><body>"
        + "".join(f"<h2>施策{i}</h2>{grid}" for i in range(tables))
        + "</body></html>"
    )


def html_speed(repeat: int) -> None:
    import pandas as pd

    page = html_page()
    data = page.encode()
    count = len(plan6.read_document(data).tables)
    times = _race(
        {
            "plan6": lambda: plan6.read_document(data),
            "pandas": lambda: pd.read_html(io.StringIO(page), flavor="lxml"),
        },
        repeat,
    )
    ours, theirs = times["plan6"], times["pandas"]
    print(f"3. HTML tables ({count} year grids with rowspan/colspan headers, one page)")
    print(f"   plan6.read_document (grids, spans)  {count / ours:8.1f} tables/s")
    print(f"   pandas.read_html (lxml)             {count / theirs:8.1f} tables/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    if not Path(FONT).exists():
        raise SystemExit(f"{FONT} missing: apt-get install fonts-ipaexfont-gothic")
    print("1. PDF text, best of", args.repeat)
    pdf_speed("the bundled report, typeset", report_pdf(), args.repeat)
    pdf_speed("two-column pages with a year grid", layout_pdf(), args.repeat)
    cp932_speed(args.repeat)
    html_speed(args.repeat)


if __name__ == "__main__":
    main()

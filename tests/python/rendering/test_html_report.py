"""The HTML report in a real browser: headless Chromium (Debian's ``chromium``, installed by
``make test`` when missing) loads the written file with the network off, and the test reads
console errors, the rendered DOM and a screenshot through the DevTools protocol.

The protocol runs over a pipe (``--remote-debugging-pipe``: NUL-separated JSON on file
descriptors 3 and 4), so no port is opened and no client library is needed. Expected row
counts come from the curated CSV files read with the csv module, and from the report itself
(15 policy plans).
"""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import plan6

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
WIRE_PIPES = """
import fcntl, os, sys
read, write = (fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3])
os.dup2(read, 3)
os.dup2(write, 4)
os.execv(sys.argv[3], sys.argv[3:])
"""


def find_browser() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """A headless Chromium driven over the DevTools protocol on a pipe."""

    def __init__(self, executable: str, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # The protocol wants its pipe on fds 3 (commands in) and 4 (replies out): a small
        # Python program moves them there and execs the browser (no preexec_fn, which is
        # unsafe once threads run, as Jupyter's do after the notebook tests).
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                WIRE_PIPES,
                str(to_browser_read),
                str(from_browser_write),
                executable,
                "--headless",
                "--no-sandbox",  # tests run as root in CI
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(to_browser_read, from_browser_write),
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(message))

    def send(
        self, method: str, session: str | None = None, timeout: float = 30, **params: Any
    ) -> dict[str, Any]:
        self._next_id += 1
        request: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            request["sessionId"] = session
        os.write(self._to_browser, json.dumps(request).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30) -> dict[str, Any]:
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            self.events.append(message)
            if message.get("method") == method:
                return message

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


class Page:
    """One tab with Runtime, Log and Page events enabled and the network switched off."""

    def __init__(self, browser: Chromium) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = browser.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        # The report must be self-contained: with the network emulated offline, anything it
        # tried to fetch would fail and show up as a console error.
        self.send(
            "Network.emulateNetworkConditions",
            offline=True,
            latency=0,
            downloadThroughput=-1,
            uploadThroughput=-1,
        )

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.send(method, session=self.session, **params)

    def load(self, url: str) -> None:
        self.browser.events.clear()
        self.send("Page.navigate", url=url)
        self.browser.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def console_errors(self) -> list[str]:
        errors = []
        for event in self.browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(json.dumps(params.get("args")))
            elif method == "Runtime.exceptionThrown":
                errors.append(json.dumps(params.get("exceptionDetails")))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(params["entry"].get("text", ""))
            elif method == "Network.loadingFailed":
                errors.append(f"network: {params.get('errorText')}")
        return errors

    def screenshot(self, width: int, height: int) -> bytes:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        data = self.send("Page.captureScreenshot", format="png")["data"]
        return base64.b64decode(data)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    executable = find_browser()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make test` installs it (DEBIAN_PACKAGES)")
        pytest.skip("chromium is not installed (make test installs Debian's chromium)")
    chromium = Chromium(executable, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="module")
def report_page(browser: Chromium, tmp_path_factory: pytest.TempPathFactory) -> Page:
    path = tmp_path_factory.mktemp("report") / "plan6-report.html"
    plan6.report.write_html(plan6.datasets.kawasaki_plan6(), path)
    page = Page(browser)
    page.load(path.resolve().as_uri())
    return page


def curated_rows(name: str) -> list[dict[str, str]]:
    data = resources.files("plan6.datasets") / "data" / name
    with data.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def section_rows(page: Page, heading: str) -> int:
    """Body rows of the first table after the <h2> that contains `heading`, via the DOM."""
    return int(
        page.evaluate(
            "(() => { const h = [...document.querySelectorAll('h2')]"
            f".find(e => e.textContent.includes({json.dumps(heading)}));"
            "let e = h.nextElementSibling;"
            "while (e && e.tagName !== 'TABLE') e = e.nextElementSibling;"
            "return e.querySelectorAll('tbody tr').length; })()"
        )
    )


def test_loads_without_console_errors(report_page: Page) -> None:
    assert report_page.evaluate("document.readyState") == "complete"
    assert report_page.console_errors() == []
    # nothing but the file itself was requested
    requested = [
        e["params"]["request"]["url"]
        for e in report_page.browser.events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert all(url.startswith(("file:", "data:", "about:")) for url in requested), requested


def test_table_rows_through_the_dom(report_page: Page) -> None:
    # From the report: 15 policy plans, one row each in the category table.
    assert section_rows(report_page, "Achievement categories") == 15
    facts = curated_rows("kawasaki_plan6_facts.csv")
    with_plan = [f for f in facts if f["target_value"] and f["section"] != "summary"]
    assert section_rows(report_page, "Attainment against plan") == len(with_plan)
    plans = curated_rows("kawasaki_plan6_plans.csv")
    changed = [p for p in plans if p["target_changed"] == "True"]
    assert section_rows(report_page, "Changed targets") == len(changed) == 4
    # one summary row per fiscal year in the curated plans
    assert section_rows(report_page, "Summary") == len({p["fiscal_year"] for p in plans})


def test_rendered_text_has_the_reports_numbers(report_page: Page) -> None:
    text = report_page.evaluate("document.body.innerText")
    assert "133.1 %" in text  # 426 / 320, 緊急雇用創出事業 FY2012
    assert "426人" in text
    assert "目標をほぼ達成" in text
    assert "target nearly achieved" in text


def test_charts_are_rendered_inline(report_page: Page) -> None:
    charts = report_page.evaluate(
        "[...document.querySelectorAll('figure svg')].map(s => {"
        "const r = s.getBoundingClientRect(); return [r.width, r.height]; })"
    )
    assert len(charts) == 4
    assert all(width > 200 and height > 150 for width, height in charts), charts


def test_screenshot_is_not_blank(report_page: Page, tmp_path: Path) -> None:
    from PIL import Image  # comes with matplotlib

    png = report_page.screenshot(1280, 1600)
    (tmp_path / "report.png").write_bytes(png)
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    assert image.shape == (1600, 1280, 3)
    pixels = image.reshape(-1, 3)
    colours = len(np.unique(pixels, axis=0))
    ink = float((pixels != 255).any(axis=1).mean())
    assert colours > 50, f"only {colours} colours: a blank page?"
    assert 0.02 < ink < 0.9, ink
    # the category cells are painted in the category-3 colour (#ffffbf)
    assert (pixels == (255, 255, 191)).all(axis=1).any()

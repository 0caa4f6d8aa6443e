"""report.html in a real headless Chromium (Debian's chromium, installed by make chromium;
Playwright drives it and never downloads a browser): it opens with no network, its charts
render, the riskiest posts come first with their evidence marked, and words from posts
stay text."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from postlint._audit.report import SEVERITY_COLOURS
from tests.audit.archives import FIXTURES, bluesky_car, x_archive_zip
from tests.audit.conftest import run_audit_cli

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = (
    "Vote Labour on Thursday! <script>window.pwned = 1</script>"
    '<img src=x onerror="window.pwned = 2">'
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({"text": HOSTILE, "day": "2023-11-02"}) + "\n", "utf-8")
    result = run_audit_cli(
        str(x_archive_zip(folder / "twitter.zip")),
        str(bluesky_car(folder / "repo.car")),
        str(FIXTURES / "outbox.json"),
        str(FIXTURES / "Shares.csv"),
        str(hostile),
        "--date-column", "day", "--out", str(folder / "out"), "-j", "1",
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    return folder / "out" / "report.html"


@dataclass
class Opened:
    """The report open in Chromium, with every request it made and every script error."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def opened(report: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    from playwright.sync_api import sync_playwright

    assert shutil.which(CHROMIUM), "Debian's chromium is missing: run make chromium"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),  # a fresh profile
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1100, "height": 900},
            offline=True,
        )
        found = Opened(context.new_page())
        found.page.on("request", lambda request: found.requests.append(request.url))
        found.page.on("pageerror", lambda error: found.errors.append(str(error)))
        found.page.goto(report.as_uri())
        found.page.wait_for_load_state("load")
        yield found
        context.close()


@pytest.fixture
def page(opened: Opened) -> Any:
    return opened.page


def test_the_report_opens_with_no_network_and_no_error(
    opened: Opened, page: Any, report: Path
) -> None:
    assert opened.requests == [report.as_uri()]  # the page itself, nothing else
    assert opened.errors == []
    assert page.title() == "postlint audit"
    figures = page.locator('[data-figure="Posts checked"] b').inner_text()
    assert figures == "15"


def test_the_charts_have_bars_of_real_size(page: Any) -> None:
    month_bars = page.eval_on_selector_all(
        "#by-month rect.bar",
        "bars => bars.map(b => [b.dataset.month, b.getBoundingClientRect().height])",
    )
    months = {month for month, height in month_bars if height > 0}
    assert months == {"2023-11", "2024-06"}  # findings in those months only
    rule_bars = page.eval_on_selector_all(
        "#by-rule rect.bar",
        "bars => bars.map(b => [b.dataset.rule, b.getBoundingClientRect().width])",
    )
    widths = dict(rule_bars)
    assert widths["politics.partisan-endorsement"] > widths["disclosure.missing"] > 0


def _pixels_of(png: bytes, colour: str) -> int:
    from PIL import Image

    wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height) or []
    return sum(
        count
        for count, pixel in colours
        if all(abs(a - b) <= 12 for a, b in zip(pixel, wanted, strict=True))
    )


def test_a_screenshot_shows_the_charts_drawn(page: Any) -> None:
    months = page.locator("#by-month svg").screenshot()
    rules = page.locator("#by-rule svg").screenshot()
    assert _pixels_of(months, SEVERITY_COLOURS["error"]) > 500
    assert _pixels_of(rules, SEVERITY_COLOURS["error"]) > 500
    assert _pixels_of(rules, SEVERITY_COLOURS["warning"]) > 100
    # The page as a person sees it, kept for a look when this test fails.
    page.screenshot(
        path=str(Path(page.url.removeprefix("file://")).with_suffix(".png")), full_page=True
    )


def test_the_riskiest_posts_come_first_with_their_evidence_marked(page: Any) -> None:
    ranks = page.eval_on_selector_all("#riskiest article", "a => a.map(x => +x.dataset.rank)")
    assert ranks == list(range(1, len(ranks) + 1)) and len(ranks) >= 6
    first = page.locator("#riskiest article").first
    marked = first.locator("mark.error").first.inner_text()
    assert marked.startswith(("Vote Labour", "Vote Conservative")), marked
    risks = page.eval_on_selector_all(
        "#riskiest article .meta", "m => m.map(x => parseFloat(x.textContent.split('risk ')[1]))"
    )
    assert risks == sorted(risks, reverse=True)
    last = page.locator("#riskiest article").last
    assert last.locator("mark.warning").inner_text() == "our team"


def test_words_from_a_post_stay_text(page: Any) -> None:
    assert page.evaluate("window.pwned") is None
    assert page.locator("#riskiest script, #riskiest img").count() == 0
    shown = page.locator("#riskiest .post", has_text="window.pwned").inner_text()
    assert "<script>window.pwned = 1</script>" in shown


def test_per_account_figures_are_listed(page: Any) -> None:
    rows = page.eval_on_selector_all(
        "#accounts tr", "rows => rows.slice(1).map(r => [...r.cells].map(c => c.textContent))"
    )
    accounts = {row[0]: row for row in rows}
    assert accounts["ExampleDept"][1:3] == ["5", "2"]
    assert accounts["@roads@social.example"][1:3] == ["3", "1"]

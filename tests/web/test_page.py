"""The page end to end in Debian's headless chromium, driven by Playwright as a writer would:
type a partisan draft and see the underline, hover it, apply fixes and see findings clear,
work by keyboard alone, change the profile, load and download a config file, drop stale
results, and pass axe-core's WCAG 2.1 A and AA checks.

Timing: the issue accepts an underline "within 500 ms" of the edit. On this shared 2-core
machine the browser, the server and pytest compete for the CPU, so the test allows
``UNDERLINE_MARGIN_MS`` on top and prints what it measured; ``benchmarks/web_page.py``
measures the real figure (reported in ``benchmarks/README.md``).
"""

from __future__ import annotations

import statistics
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.harness import AXE, CHROMIUM, Server, chromium, running_server

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium missing: make chromium"),
]

UNDERLINE_BUDGET_MS = 500
UNDERLINE_MARGIN_MS = 500
PARTISAN = "Proud of the team 🚆🎉. Vote Labour on Thursday! New timetables from Monday #railfuture"

# Records, in the page's own clock, the last keystroke and when an underline of a given
# severity first appears in the editor after it.
TIMING_PROBE = """
() => {
  window.__probe = { key: 0, underline: 0 };
  let seen = false;
  document.addEventListener("keydown", () => {
    window.__probe.key = performance.now();
    window.__probe.underline = 0;
    seen = false;
  }, true);
  new MutationObserver(() => {
    if (!seen && document.querySelector(".cm-content .cm-lintRange")) {
      seen = true;
      // On screen: the animation frame that paints the new underline.
      requestAnimationFrame(() => { window.__probe.underline = performance.now(); });
    }
  }).observe(document.querySelector(".cm-content"), { subtree: true, childList: true });
}
"""


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as started:
        yield started


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    with playwright_api.sync_playwright() as started:
        yield started


@pytest.fixture(scope="module")
def context(playwright: Any) -> Iterator[Any]:
    # Playwright's wait_for_function evaluates strings in the page, which the page's CSP
    # forbids: these tests lift it, and test_the_page_runs_under_its_own_csp keeps it.
    with chromium(playwright, bypass_csp=True) as opened:
        yield opened


@pytest.fixture
def page(context: Any, server: Server) -> Iterator[Any]:
    """A fresh page on the server, with empty local storage; fails the test if the page
    asked for anything from outside the server (no CDN, no fonts, no analytics)."""
    outside: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(server.url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    opened = context.new_page()
    opened.route("**/*", only_local)
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(server.url)
    opened.evaluate("localStorage.clear()")
    opened.reload()
    opened.wait_for_selector(".section")
    yield opened
    opened.close()
    assert outside == [], f"the page fetched from outside: {outside}"
    assert errors == [], f"errors on the page: {errors}"


def wait_checked(page: Any) -> None:
    page.wait_for_function("document.documentElement.dataset.checkState === 'done'")


def type_draft(page: Any, text: str) -> None:
    page.click(".cm-content")
    page.keyboard.type(text)
    page.wait_for_timeout(50)
    wait_checked(page)


def underline_texts(page: Any) -> list[str]:
    return [str(t) for t in page.locator(".cm-content .cm-lintRange").all_inner_texts()]


def test_typing_a_partisan_draft_underlines_it_within_500_ms(page: Any) -> None:
    page.click(".cm-content")
    # "Vote Lab" is a vote for Labour (read with "Lab" marked): the draft stops one letter
    # short of the party's name in lower case, which no reading takes for a party.
    page.keyboard.type("Proud of the team 🚆🎉. Vote labou")
    page.wait_for_timeout(400)
    wait_checked(page)
    assert underline_texts(page) == []
    page.evaluate(TIMING_PROBE)
    measured = []
    for _ in range(3):
        page.keyboard.type("r")  # "Vote labour": a vote for a party, after two emoji of
        page.wait_for_function("window.__probe.underline > 0", timeout=5000)
        measured.append(page.evaluate("window.__probe.underline - window.__probe.key"))
        # two UTF-16 units each, whose offsets the underline must get right.
        assert underline_texts(page) == ["Vote labour"]
        page.keyboard.press("Backspace")
        page.wait_for_function("!document.querySelector('.cm-content .cm-lintRange')")
        wait_checked(page)
    print(f"edit to underline, ms: {[round(m) for m in measured]}")
    assert max(measured) <= UNDERLINE_BUDGET_MS + UNDERLINE_MARGIN_MS, measured
    assert statistics.median(measured) > 0
    status = page.locator("#status")
    assert status.get_attribute("role") == "status"
    assert "No findings" in status.inner_text()  # announced to screen readers


def test_hovering_the_underline_shows_the_card_and_a_fix_clears_the_finding(page: Any) -> None:
    type_draft(page, PARTISAN)
    assert sorted(underline_texts(page)) == ["#railfuture", "Vote Labour on Thursday!"]
    page.hover(".cm-lintRange >> text=Vote Labour")
    tooltip = page.locator(".cm-tooltip-lint")
    tooltip.wait_for()
    text = tooltip.inner_text()
    assert "Why it matters." in text and "Guidance." in text and "Civil Service Code" in text
    link = tooltip.locator("a", has_text="Read the guidance")
    assert link.get_attribute("href", timeout=1000).startswith("https://")
    page.mouse.move(0, 0)
    page.hover(".cm-lintRange >> text=#railfuture")
    fix = page.locator(".cm-tooltip-lint button", has_text="#RailFuture")
    fix.click()
    wait_checked(page)
    assert page.locator(".cm-content").inner_text().endswith("#RailFuture")
    assert underline_texts(page) == ["Vote Labour on Thursday!"]
    assert page.locator("#findings-count").inner_text() == "1"


def test_keyboard_alone_reaches_a_finding_and_suppresses_it_with_a_reason(page: Any) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")  # the skip link puts the caret in the editor
    assert page.evaluate("document.activeElement.classList.contains('cm-content')")
    page.keyboard.type("Good news today.\nVote Labour on Thursday!")
    page.wait_for_timeout(50)
    wait_checked(page)
    page.keyboard.press("Home")  # the cursor on the underline opens its card
    page.locator("#card h3", has_text="Supports Labour").wait_for()

    def tab_to(selector: str, limit: int = 25) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"document.activeElement.matches({selector!r})"):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("button.finding")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.matches('#card h3')")
    tab_to("#card button.fix-suppress")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.matches('#card .reason-form input')")
    page.keyboard.press("Enter")  # no reason: refused, and said so
    assert "Give a reason" in page.locator("#card .field-error").inner_text()
    assert underline_texts(page) == ["Vote Labour on Thursday!"]
    page.keyboard.type("quoting a voter's placard")
    page.keyboard.press("Enter")
    wait_checked(page)
    assert underline_texts(page) == []
    assert "<!-- postlint-disable-next-line politics.partisan-endorsement: quoting a voter's" in (
        page.locator(".cm-content").inner_text()
    )
    assert page.locator("#readiness-summary").inner_text().endswith("Ready to post")
    assert "No findings" in page.locator("#status").inner_text()


def test_changing_the_profile_rechecks_under_its_code(page: Any) -> None:
    type_draft(page, "Vote Labour on Thursday!")
    page.locator("button.finding").click()
    assert "Civil Service Code" in page.locator("#card").inner_text()
    page.get_by_label("Code of conduct").select_option("us-federal")
    page.locator("#card", has_text="Hatch Act").wait_for()
    assert page.evaluate("JSON.parse(localStorage['postlint.context.v1']).profile") == "us-federal"


def test_a_config_file_loads_into_the_form_persists_and_downloads(
    page: Any, tmp_path: Path
) -> None:
    config = tmp_path / ".postlint.toml"
    config.write_text(
        'profile = "corporate"\nplatform = "x"\n[author]\norganisation = "Acme Rail"\n'
        '[account]\nremit = ["rail timetables", "station works"]\n'
        '[nlp]\nmodel = "en_core_web_sm"\n',
        encoding="utf-8",
    )
    page.set_input_files("#load-config", str(config))
    page.wait_for_function("document.querySelector('#form-status').innerText.startsWith('Loaded')")
    assert "nlp: left out" in page.locator("#form-status").inner_text()
    assert page.get_by_label("Organisation").input_value() == "Acme Rail"
    assert page.get_by_label("Remit: what the account is for").input_value() == (
        "rail timetables\nstation works"
    )
    type_draft(page, "Timetables change on Monday.")
    assert "/ 280 characters on x" in page.locator("#meter").inner_text()
    page.reload()
    page.wait_for_selector(".section")
    assert page.get_by_label("Organisation").input_value() == "Acme Rail"
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download as .postlint.toml").click()
    download = download_info.value
    # Chromium drops a leading dot from downloads; the page says to rename the file.
    assert download.suggested_filename in {".postlint.toml", "postlint.toml"}
    page.locator("#form-status", has_text="rename it .postlint.toml").wait_for()
    written = tomllib.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert written["profile"] == "corporate" and written["platform"] == "x"
    assert written["author"] == {"organisation": "Acme Rail"}
    assert written["account"]["remit"] == ["rail timetables", "station works"]


def test_a_stale_result_is_never_shown(context: Any, server: Server) -> None:
    page = context.new_page()
    # The check of the partisan text answers late, after the writer has replaced it.
    page.add_init_script(
        """
        const realFetch = window.fetch;
        window.fetch = async (url, init) => {
          const response = await realFetch(url, init);
          if (init && typeof init.body === "string" && init.body.includes("Vote Labour")) {
            await new Promise((resolve) => setTimeout(resolve, 900));
          }
          return response;
        };
        """
    )
    page.goto(server.url)
    page.wait_for_selector(".section")
    page.evaluate(
        """() => { window.__everUnderlined = false;
        new MutationObserver(() => { if (document.querySelector('.cm-content .cm-lintRange'))
          window.__everUnderlined = true; })
        .observe(document.querySelector('.cm-content'), { subtree: true, childList: true }); }"""
    )
    page.click(".cm-content")
    page.keyboard.type("Vote Labour on Thursday!")
    page.wait_for_timeout(300)  # its check is now in flight, and slow
    page.keyboard.press("Control+A")
    page.keyboard.type("Replacement buses run this weekend.")
    page.wait_for_timeout(1500)  # the late answer has arrived and been dropped
    wait_checked(page)
    assert page.evaluate("window.__everUnderlined") is False
    assert "No findings" in page.locator("#status").inner_text()
    page.close()


def test_the_page_passes_axe_cores_wcag_checks_with_findings_and_a_card_open(
    page: Any,
) -> None:
    assert AXE.exists(), "axe-core is installed by make web-check (npm ci in web/)"
    type_draft(page, PARTISAN)
    page.locator("button.finding").first.click()
    page.locator("#card button.fix-suppress").click()
    page.get_by_role("button", name="Add an election period").click()
    # axe is evaluated over the DevTools protocol: the page's CSP forbids inline scripts.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert violations == []
    assert len(result["passes"]) > 10  # axe really ran


def test_the_page_runs_under_its_own_content_security_policy(
    playwright: Any, server: Server
) -> None:
    refused: list[str] = []
    with chromium(playwright) as strict:
        page = strict.new_page()
        page.on(
            "console",
            lambda message: (
                refused.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        page.goto(server.url)
        page.click(".cm-content")
        page.keyboard.type("Vote Labour on Thursday!")
        page.locator(".cm-content .cm-lintRange", has_text="Vote Labour").wait_for()
        page.locator("button.finding").click()
        page.locator("#card h3", has_text="Supports Labour").wait_for()
    assert refused == []


def test_the_report_for_sign_off_is_copied_with_findings_and_reasons(
    page: Any, context: Any, server: Server
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url.rstrip("/"))
    type_draft(
        page,
        "Good news.\n<!-- postlint-disable-next-line politics.policy-verdict: quoting the "
        "minister -->\nThis bill is cruel.\nVote Labour on Thursday!",
    )
    assert page.locator("#readiness-summary").inner_text().endswith("1 finding to resolve")
    assert "Supports Labour" in page.locator("#blocking").inner_text()
    page.get_by_role("button", name="Copy the report for sign-off").click()
    page.locator("#copy-status", has_text="Report copied.").wait_for()
    report = page.evaluate("navigator.clipboard.readText()")
    assert "Result: Not ready: 1 finding to resolve" in report
    assert "> Vote Labour on Thursday!" in report
    assert "politics.partisan-endorsement" in report and "Guidance: " in report
    assert "- politics.policy-verdict, line 3: “quoting the minister”" in report

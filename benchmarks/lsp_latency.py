"""Language-server latency, as a writer feels it: edit to diagnostics, and hover during a lint.

    python benchmarks/lsp_latency.py                       # blank pipeline, default debounce
    python benchmarks/lsp_latency.py --model en_core_web_sm --edits 40

Drives ``python -m postlint lsp`` over stdio with pygls' client, as an editor would:

- **edit to diagnostics**: a 280-character post (emoji included) is edited one keystroke at
  a time, pausing after each keystroke until that version's ``publishDiagnostics`` arrives.
  The figure is the time from sending ``didChange`` to receiving the diagnostics, so it
  includes the server's debounce (``--debounce-ms``, the editor default 150 unless given).
  Target: <= 250 ms.
- **hover during a lint**: a second, long document (``--long-kb``) is changed, and while its
  lint runs in the worker process, hovers on the short post are sent back to back. Only
  hovers answered before the long document's diagnostics arrived count. Target: <= 20 ms.

Prints one table; the machine is shared, so run it twice before trusting a tail figure.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import dataclass, field

from lsprotocol import types
from pygls.lsp.client import LanguageClient

POST = (
    "Proud of the team today \U0001f686: the new timetable for the Northern line starts on "
    "Monday, with 40 extra trains a day and step-free access at 3 more stations \u267f\ufe0f. "
    "Thanks to everyone who worked weekends to get it ready. Also: vote Labour on Thursday! "
    "#rail #timetable #NorthernLine #train"
)
assert len(POST) == 280, len(POST)
PARAGRAPH = (
    "The consultation on the new cycle lanes closes next month; the council will publish "
    "the responses and a summary of the changes it makes. \U0001f6b2 Residents can also "
    "come to the drop-in sessions at the library on Tuesday and Thursday evenings.\n\n"
)


@dataclass
class Recorder:
    """Arrival time of each (uri, version)'s diagnostics."""

    arrivals: dict[tuple[str, int | None], float] = field(default_factory=dict)
    events: dict[tuple[str, int | None], asyncio.Event] = field(default_factory=dict)

    def event(self, uri: str, version: int | None) -> asyncio.Event:
        return self.events.setdefault((uri, version), asyncio.Event())

    def record(self, params: types.PublishDiagnosticsParams) -> None:
        key = (params.uri, params.version)
        self.arrivals[key] = time.perf_counter()
        self.event(*key).set()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(args: argparse.Namespace) -> dict[str, list[float]]:
    recorder = Recorder()
    client = LanguageClient("postlint-latency", "1")

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: types.PublishDiagnosticsParams) -> None:
        recorder.record(params)

    @client.feature(types.WORKSPACE_CONFIGURATION)
    def _configuration(params: types.ConfigurationParams) -> list[object]:
        settings: dict[str, object] = {"debounceMs": args.debounce_ms}
        if args.model:
            settings["nlp"] = {"model": args.model}
        return [settings for _ in params.items]

    await client.start_io(sys.executable, "-m", "postlint", "lsp")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(
                general=types.GeneralClientCapabilities(
                    position_encodings=[types.PositionEncodingKind.Utf16]
                ),
                workspace=types.WorkspaceClientCapabilities(configuration=True),
            )
        )
    )
    client.initialized(types.InitializedParams())

    post_uri, long_uri = "untitled:post", "untitled:long"
    long_text = PARAGRAPH * max(1, args.long_kb * 1024 // len(PARAGRAPH.encode()))

    def open_doc(uri: str, text: str) -> None:
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
            )
        )

    def change(uri: str, version: int, text: str) -> None:
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    # Warm up: the worker process loads spaCy and the rules on the first lint.
    open_doc(post_uri, POST)
    open_doc(long_uri, long_text)
    await asyncio.wait_for(recorder.event(post_uri, 1).wait(), 120)
    await asyncio.wait_for(recorder.event(long_uri, 1).wait(), 120)

    edit_ms: list[float] = []
    text = POST
    for version in range(2, args.edits + 2):
        text = text[:-1] + "xyz"[version % 3]  # retype the last character
        sent = time.perf_counter()
        change(post_uri, version, text)
        await asyncio.wait_for(recorder.event(post_uri, version).wait(), 60)
        edit_ms.append((recorder.arrivals[(post_uri, version)] - sent) * 1000)

    hover_ms: list[float] = []
    lint_ms: list[float] = []
    hover_at = types.Position(line=0, character=POST.index("vote") + 3)
    for round_number in range(args.rounds):
        version = round_number + 2
        long_done = recorder.event(long_uri, version)
        sent = time.perf_counter()
        change(long_uri, version, long_text + f"Round {round_number}.\n")
        while not long_done.is_set():
            started = time.perf_counter()
            await client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri=post_uri), hover_at)
            )
            if not long_done.is_set():  # answered while the lint was still running
                hover_ms.append((time.perf_counter() - started) * 1000)
        lint_ms.append((recorder.arrivals[(long_uri, version)] - sent) * 1000)

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"edit": edit_ms, "hover": hover_ms, "long lint": lint_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None, help="trained pipeline (default: blank)")
    parser.add_argument("--debounce-ms", type=int, default=150)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5, help="long-document lints to hover over")
    parser.add_argument("--long-kb", type=int, default=50, help="about 1.5 s of lint here")
    args = parser.parse_args()
    results = asyncio.run(run(args))
    print(
        f"postlint lsp latency: pipeline {args.model or 'blank'}, debounce {args.debounce_ms} ms, "
        f"post {len(POST)} characters, long document {args.long_kb} KB"
    )
    print(f"{'measure':<34}{'n':>5}{'median':>10}{'p90':>10}{'max':>10}  target")
    targets = {"edit": "<= 250 ms", "hover": "<= 20 ms", "long lint": ""}
    labels = {
        "edit": "edit -> diagnostics (ms)",
        "hover": "hover while a lint runs (ms)",
        "long lint": "long-document lint (ms)",
    }
    for key, values in results.items():
        if not values:
            print(f"{labels[key]:<34}{0:>5}  (no samples)")
            continue
        print(
            f"{labels[key]:<34}{len(values):>5}{statistics.median(values):>10.1f}"
            f"{percentile(values, 0.9):>10.1f}{max(values):>10.1f}  {targets[key]}"
        )


if __name__ == "__main__":
    main()

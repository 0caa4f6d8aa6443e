// The page: the editor, findings as you type, the card and fixes, the readiness summary,
// and the context form. One check at a time is in flight; an edit aborts it, and a result
// for any text but the editor's current one is dropped, so no stale finding is shown.

import { ApiError, adoptTokenFromAddress, api, setToken } from "./api";
import { type CardHandlers, SEVERITY_WORDS, renderCard, severityBadge } from "./card";
import { announce, h } from "./dom";
import { createEditor } from "./editor";
import { type ContextForm, buildForm } from "./form";
import { copyText, reportText } from "./report";
import type { CheckResponse, Finding, Fix } from "./types";

const DEBOUNCE_MS = 120; // as the language server's 150 ms: skip checks between keystrokes

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const elements = {
  editor: byId("editor"),
  status: byId("status"),
  meter: byId("meter"),
  findings: byId("findings"),
  findingsCount: byId("findings-count"),
  card: byId("card"),
  readiness: byId("readiness-summary"),
  blocking: byId("blocking"),
  copy: byId<HTMLButtonElement>("copy-report"),
  copyStatus: byId("copy-status"),
  form: byId("context-form"),
  formStatus: byId("form-status"),
  download: byId<HTMLButtonElement>("download-config"),
  upload: byId<HTMLInputElement>("load-config"),
  markup: byId<HTMLSelectElement>("markup"),
  tokenForm: byId<HTMLFormElement>("token-form"),
  tokenInput: byId<HTMLInputElement>("token"),
};

let context: ContextForm | null = null;
let result: CheckResponse | null = null;
let resultText = "";
let chosen: Finding | null = null;
let openReasonFor: Finding | null = null;
let timer: number | undefined;
let inFlight: AbortController | null = null;
let sequence = 0;

const handlers: CardHandlers = {
  apply(finding, fix) {
    applyFix(finding, fix, fix.replacement);
  },
  suppress(finding, fix, reason) {
    applyFix(finding, fix, fix.replacement.replace("{reason}", reason));
  },
  askReason(finding) {
    chosen = finding;
    openReasonFor = finding;
    renderSideCard();
  },
};

const editor = createEditor(elements.editor, "editor-label", scheduleCheck, renderSideCard);

function applyFix(finding: Finding, fix: Fix, replacement: string): void {
  if (editor.text() !== resultText) {
    announce(elements.status, "The draft changed since this finding; wait for the new check.");
    return;
  }
  editor.replace(fix.start_utf16, fix.end_utf16, replacement);
  announce(elements.status, `Applied: ${fix.kind === "suppress" ? `suppressed ${finding.rule}` : fix.title}.`);
  chosen = null;
  openReasonFor = null;
}

function scheduleCheck(): void {
  window.clearTimeout(timer);
  document.documentElement.dataset.checkState = "pending";
  timer = window.setTimeout(runCheck, DEBOUNCE_MS);
}

async function runCheck(): Promise<void> {
  if (!context) return;
  const text = editor.text();
  const mine = ++sequence;
  inFlight?.abort();
  inFlight = new AbortController();
  try {
    const response = await api.check(
      { text, markup: elements.markup.value as "plain" | "markdown", config: context.settings() },
      inFlight.signal,
    );
    if (mine !== sequence || editor.text() !== text) return; // stale: a newer check is due
    result = response;
    resultText = text;
    render();
    if (!performance.getEntriesByName("postlint:first-check").length) {
      performance.mark("postlint:first-check"); // benchmarks/web_page.py reads the marks
    }
    document.documentElement.dataset.checkState = "done";
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") return;
    if (mine !== sequence) return;
    document.documentElement.dataset.checkState = "error";
    const message = error instanceof Error ? error.message : String(error);
    announce(elements.status, `Could not check the draft: ${message}`);
    if (error instanceof ApiError && error.status === 401) askForToken();
  }
}

function render(): void {
  if (!result) return;
  editor.show(result.findings, handlers);
  renderList(result.findings);
  renderMeter();
  renderReadiness();
  renderSideCard();
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => [severity, result!.findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count)
    .map(([severity, count]) => `${count} ${SEVERITY_WORDS[severity].toLowerCase()}${count > 1 ? "s" : ""}`);
  announce(
    elements.status,
    result.findings.length ? `${counts.join(", ")}. ${result.summary}.` : `No findings. ${result.summary}.`,
  );
}

function renderList(findings: Finding[]): void {
  elements.findingsCount.textContent = String(findings.length);
  elements.findings.replaceChildren(
    ...findings.map((finding) => {
      const button = h(
        "button",
        { type: "button", class: `finding finding-${finding.severity}` },
        severityBadge(finding.severity),
        h("span", { class: "finding-where" }, ` line ${finding.line}, column ${finding.column}`),
        h("span", { class: "finding-message" }, finding.message),
        h("code", { class: "finding-rule" }, finding.rule),
      );
      button.addEventListener("click", () => {
        chosen = finding;
        editor.select(finding);
        renderSideCard();
        elements.card.querySelector<HTMLElement>("h3")?.focus();
      });
      return h("li", {}, button);
    }),
  );
  if (!findings.length) elements.findings.append(h("li", { class: "empty" }, "Nothing to flag."));
}

function renderSideCard(): void {
  if (!result || editor.text() !== resultText) return;
  const stillThere = (f: Finding | null) =>
    f && result!.findings.find((g) => g.rule === f.rule && g.start_utf16 === f.start_utf16);
  const finding = stillThere(chosen) || editor.findingAtCursor(result.findings);
  if (!finding) {
    elements.card.replaceChildren(
      h("p", { class: "hint" }, "Choose a finding, or move the cursor onto an underline, to see why and how to fix it."),
    );
    return;
  }
  const openReason = Boolean(openReasonFor && stillThere(openReasonFor) === finding);
  elements.card.replaceChildren(renderCard(finding, handlers, { inTooltip: false, openReason }));
}

function renderMeter(): void {
  const length = result?.length;
  if (!length) {
    elements.meter.textContent = "Choose a platform to count characters.";
    elements.meter.className = "meter";
    return;
  }
  const limit = length.limit;
  const over = limit !== null && length.length > limit;
  elements.meter.className = over ? "meter meter-over" : "meter";
  elements.meter.textContent =
    limit === null
      ? `${length.length} characters (${length.platform}: no limit)`
      : `${length.length} / ${limit} characters on ${length.platform}` +
        (over ? `: ${length.length - limit} over the limit` : `: ${limit - length.length} left`);
}

function renderReadiness(): void {
  if (!result) return;
  const blocking = result.findings.filter((f) => f.blocking);
  const ready = blocking.length === 0;
  elements.readiness.className = ready ? "readiness ready" : "readiness not-ready";
  elements.readiness.replaceChildren(
    h("span", { "aria-hidden": "true" }, ready ? "✔ " : "✖ "),
    ready ? result.summary : result.summary,
  );
  elements.blocking.replaceChildren(
    ...blocking.map((f) => h("li", {}, severityBadge(f.severity), ` line ${f.line}: ${f.message}`)),
  );
}

async function start(): Promise<void> {
  adoptTokenFromAddress();
  let description;
  try {
    description = await api.form();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      askForToken();
      return;
    }
    announce(elements.status, `Could not reach postlint: ${String(error)}`);
    return;
  }
  elements.form.replaceChildren();
  context = buildForm(elements.form, description, scheduleCheck);
  performance.mark("postlint:ready");
  elements.markup.addEventListener("change", scheduleCheck);
  elements.copy.addEventListener("click", async () => {
    if (!result || !context) return;
    const copied = await copyText(reportText(resultText, result, context.settings()));
    announce(elements.copyStatus, copied ? "Report copied." : "Could not copy: select the draft and copy by hand.");
  });
  elements.download.addEventListener("click", downloadConfig);
  elements.upload.addEventListener("change", loadConfig);
  void runCheck(); // the first check needs no debounce: nobody is typing yet
}

async function downloadConfig(): Promise<void> {
  if (!context) return;
  try {
    const { toml } = await api.writeConfig(context.settings());
    const link = h("a", { href: URL.createObjectURL(new Blob([toml], { type: "application/toml" })), download: ".postlint.toml" });
    document.body.append(link);
    link.click();
    link.remove();
    // Browsers will not save a file whose name starts with a dot: they drop the dot.
    announce(
      elements.formStatus,
      "Downloaded. If it arrived as postlint.toml, rename it .postlint.toml beside your drafts.",
    );
  } catch (error) {
    announce(elements.formStatus, `Could not write the file: ${(error as Error).message}`);
  }
}

async function loadConfig(): Promise<void> {
  const file = elements.upload.files?.[0];
  if (!file || !context) return;
  try {
    const { config, warnings } = await api.parseConfig(await file.text());
    context.load(config);
    announce(elements.formStatus, [`Loaded ${file.name}.`, ...warnings].join(" "));
  } catch (error) {
    announce(elements.formStatus, `Could not load ${file.name}: ${(error as Error).message}`);
  } finally {
    elements.upload.value = "";
  }
}

function askForToken(): void {
  elements.tokenForm.hidden = false;
  elements.tokenInput.focus();
}

// The skip link puts the caret in the editor, not just the view on it.
document.querySelector(".skip-link")?.addEventListener("click", (event) => {
  event.preventDefault();
  editor.view.focus();
});

elements.tokenForm.addEventListener("submit", (event) => {
  event.preventDefault();
  setToken(elements.tokenInput.value);
  elements.tokenForm.hidden = true;
  void start();
});

void start();

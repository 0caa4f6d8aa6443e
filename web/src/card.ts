// A finding's card: what it is, why it matters, the guidance and its link, and the fixes.
// The same card shows in the editor's hover tooltip and in the side panel, where keyboard
// users reach it (the finding under the cursor, or the one chosen in the list).

import { h, uniqueId } from "./dom";
import type { Finding, Fix, Severity } from "./types";

export const SEVERITY_WORDS: Record<Severity, string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

// A shape as well as a colour, so that colour is never the only signal.
export const SEVERITY_ICONS: Record<Severity, string> = { error: "✖", warning: "▲", info: "ℹ" };

export interface CardHandlers {
  apply(finding: Finding, fix: Fix): void;
  /** Insert the suppression comment with the author's reason. */
  suppress(finding: Finding, fix: Fix, reason: string): void;
  /** From the hover card: open the side card's reason form instead. */
  askReason?(finding: Finding): void;
}

export function severityBadge(severity: Severity): HTMLElement {
  return h(
    "span",
    { class: `badge badge-${severity}` },
    h("span", { "aria-hidden": "true" }, SEVERITY_ICONS[severity]),
    ` ${SEVERITY_WORDS[severity]}`,
  );
}

export function renderCard(
  finding: Finding,
  handlers: CardHandlers,
  options: { inTooltip: boolean; openReason?: boolean },
): HTMLElement {
  const headingId = uniqueId("card-heading");
  const card = h(
    "article",
    { class: `card card-${finding.severity}`, "aria-labelledby": headingId },
    h(
      "h3",
      { id: headingId, tabindex: options.inTooltip ? undefined : "-1" },
      severityBadge(finding.severity),
      " ",
      finding.message,
    ),
    h(
      "p",
      { class: "card-meta" },
      h("code", {}, finding.rule),
      ` · line ${finding.line}, column ${finding.column}`,
      finding.blocking ? " · blocks posting" : " · does not block posting",
    ),
    finding.why && h("p", {}, h("strong", {}, "Why it matters. "), finding.why),
    finding.guidance && h("p", {}, h("strong", {}, "Guidance. "), finding.guidance),
    finding.instead && h("p", {}, h("strong", {}, "Instead. "), finding.instead),
    finding.link &&
      h(
        "p",
        {},
        h(
          "a",
          { href: finding.link, target: "_blank", rel: "noopener noreferrer" },
          "Read the guidance",
          h("span", { class: "visually-hidden" }, " (opens in a new tab)"),
        ),
      ),
  );
  const fixes = h("div", { class: "fixes", role: "group", "aria-label": "Fixes" });
  for (const fix of finding.fixes) {
    if (fix.kind === "suppress") {
      fixes.append(suppressControl(finding, fix, handlers, options));
    } else {
      const button = h("button", { type: "button", class: "fix" }, fix.title);
      button.addEventListener("click", () => handlers.apply(finding, fix));
      fixes.append(button);
    }
  }
  // In the hover tooltip the fixes come first: a long card must not push them out of reach.
  if (options.inTooltip) card.insertBefore(fixes, card.children[1] ?? null);
  else card.append(fixes);
  return card;
}

function suppressControl(
  finding: Finding,
  fix: Fix,
  handlers: CardHandlers,
  options: { inTooltip: boolean; openReason?: boolean },
): HTMLElement {
  const open = h("button", { type: "button", class: "fix fix-suppress" }, "Suppress, with a reason…");
  if (options.inTooltip && handlers.askReason) {
    open.addEventListener("click", () => handlers.askReason?.(finding));
    return open;
  }
  const inputId = uniqueId("reason");
  const errorId = uniqueId("reason-error");
  const input = h("input", {
    id: inputId,
    type: "text",
    required: true,
    autocomplete: "off",
    "aria-describedby": errorId,
  });
  const error = h("p", { id: errorId, class: "field-error", role: "alert" });
  const form = h(
    "form",
    // Our own message, not the browser's bubble, which screen readers may not announce.
    { class: "reason-form", hidden: !options.openReason, novalidate: true },
    h("label", { for: inputId }, `Why is ${finding.rule} acceptable here? (required)`),
    input,
    error,
    h("button", { type: "submit" }, "Suppress"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const reason = input.value.trim();
    const problem = !reason
      ? "Give a reason: it stays in the draft for whoever reviews it."
      : /-->|[\r\n]/.test(reason)
        ? "A reason cannot contain “-->” or a line break."
        : "";
    error.textContent = problem;
    input.setAttribute("aria-invalid", problem ? "true" : "false");
    if (problem) {
      input.focus();
      return;
    }
    handlers.suppress(finding, fix, reason);
  });
  open.setAttribute("aria-expanded", String(Boolean(options.openReason)));
  open.addEventListener("click", () => {
    form.hidden = !form.hidden;
    open.setAttribute("aria-expanded", String(!form.hidden));
    if (!form.hidden) input.focus();
  });
  const wrapper = h("div", { class: "suppress" }, open, form);
  if (options.openReason) queueMicrotask(() => input.focus());
  return wrapper;
}

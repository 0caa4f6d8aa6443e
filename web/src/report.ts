// The readiness summary and the plain-text report a manager signs off.

import { SEVERITY_WORDS } from "./card";
import type { CheckResponse, Settings } from "./types";

export function reportText(text: string, result: CheckResponse, settings: Settings): string {
  const author = (settings.author ?? {}) as Settings;
  const account = (settings.account ?? {}) as Settings;
  const who = [author.name, author.role, author.organisation].filter(Boolean).join(", ");
  const length = result.length;
  const lines = [
    `postlint report, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `Result: ${result.summary}`,
    `Code of conduct: ${result.profile}`,
  ];
  if (who) lines.push(`Author: ${who}`);
  lines.push(`Account: ${String(account.kind ?? "personal")}`);
  if (length) {
    const limit = length.limit !== null ? ` of ${length.limit}` : "";
    lines.push(`Platform: ${length.platform}, ${length.length} characters${limit}`);
  }
  lines.push("", "Draft:", ...text.split("\n").map((line) => `> ${line}`), "");
  if (result.findings.length) {
    lines.push("Findings:");
    result.findings.forEach((finding, index) => {
      lines.push(
        `${index + 1}. ${SEVERITY_WORDS[finding.severity]}${finding.blocking ? " (blocks posting)" : ""}, ` +
          `line ${finding.line}, column ${finding.column}: ${finding.message} [${finding.rule}]`,
      );
      if (finding.guidance) lines.push(`   Guidance: ${finding.guidance}`);
      if (finding.link) lines.push(`   See: ${finding.link}`);
    });
  } else {
    lines.push("Findings: none.");
  }
  if (result.suppressed.length) {
    lines.push("", "Suppressed by the author, with reasons:");
    for (const s of result.suppressed) lines.push(`- ${s.rule}, line ${s.line}: “${s.reason}”`);
  }
  lines.push("", `Checked by postlint ${result.postlint_version} (${result.pipeline} pipeline).`);
  return lines.join("\n") + "\n";
}

/** The clipboard, or a selected text area where the page is not a secure context
 * (a team server reached over plain HTTP has no clipboard API). */
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: fall through to the old way.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  return copied;
}

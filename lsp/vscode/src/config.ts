// Pure helpers (no `vscode` import), so node:test can check them without an editor.

/** Languages the extension lints; `file` and `untitled` so unsaved drafts are checked too. */
export const LANGUAGES = ["markdown", "plaintext"] as const;

export const documentSelector = LANGUAGES.flatMap((language) =>
  ["file", "untitled"].map((scheme) => ({ scheme, language })),
);

/** Settings that configure the extension itself, not the server. */
const CLIENT_ONLY_KEYS = new Set(["pythonPath", "trace"]);

/**
 * The interpreter to run `-m postlint lsp` with: the postlint setting, else the Python
 * extension's default interpreter, else `python3` (`python` on Windows).
 */
export function resolveInterpreter(
  configured: string | undefined,
  pythonExtensionDefault: string | undefined,
  platform: string = process.platform,
): string {
  for (const candidate of [configured, pythonExtensionDefault]) {
    const trimmed = candidate?.trim();
    // "python" is the Python extension's placeholder default, not a choice.
    if (trimmed && trimmed !== "python") {
      return trimmed;
    }
  }
  return platform === "win32" ? "python" : "python3";
}

export const SERVER_ARGS = ["-m", "postlint", "lsp"] as const;

/**
 * The `postlint` settings section as the server expects it: client-only keys dropped, and
 * unset values (null, "", []) left out so they do not override `.postlint.toml`.
 */
export function serverSettings(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {};
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (CLIENT_ONLY_KEYS.has(key)) {
      continue;
    }
    const cleaned = withoutUnset(value);
    if (cleaned !== undefined) {
      result[key] = cleaned;
    }
  }
  return result;
}

function withoutUnset(value: unknown): unknown {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (typeof value === "string") {
    return value.trim() === "" ? undefined : value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? undefined : value;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => [key, withoutUnset(inner)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

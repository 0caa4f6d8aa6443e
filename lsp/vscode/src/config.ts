// Pure helpers (no `vscode` import), so node:test can check them without an editor.
import * as os from "node:os";
import * as path from "node:path";

/** Languages the extension lints; `file` and `untitled` so unsaved drafts are checked too. */
export const LANGUAGES = ["markdown", "plaintext", "html"] as const;

export const documentSelector = LANGUAGES.flatMap((language) =>
  ["file", "untitled"].map((scheme) => ({ scheme, language })),
);

/** Config files the server reads: a change to one re-lints the open drafts. */
export const CONFIG_FILES_GLOB = "**/{.postlint.toml,pyproject.toml}";

/** Settings that configure the extension itself, not the server. */
const CLIENT_ONLY_KEYS = new Set(["pythonPath", "trace"]);

export const SERVER_ARGS = ["-m", "postlint", "lsp"] as const;

/** What `${...}` and `~` in a path setting expand to. */
export interface PathContext {
  /** The folder of the resource being configured (or the first one open). */
  workspaceFolder?: string;
  /** Every open folder by name, for `${workspaceFolder:name}`. */
  workspaceFolders?: Record<string, string>;
  userHome?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/**
 * Expands the variables VS Code users write in path settings, as the Python tools'
 * extensions (black, ruff, pylint) do: `${workspaceFolder}`, `${workspaceFolder:name}`,
 * `${userHome}`, `${cwd}`, `${env:NAME}` and a leading `~`. Unknown variables stay as
 * written, so the error message shows what the user typed.
 */
export function expandPath(value: string, context: PathContext = {}): string {
  const home = context.userHome ?? os.homedir();
  const env = context.env ?? process.env;
  let expanded = value.trim().replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    if (name === "workspaceFolder") {
      return context.workspaceFolder ?? whole;
    }
    if (name.startsWith("workspaceFolder:")) {
      return context.workspaceFolders?.[name.slice("workspaceFolder:".length)] ?? whole;
    }
    if (name === "userHome") {
      return home;
    }
    if (name === "cwd") {
      return context.cwd ?? process.cwd();
    }
    if (name.startsWith("env:")) {
      return env[name.slice("env:".length)] ?? "";
    }
    return whole;
  });
  if (expanded === "~" || expanded.startsWith("~/") || expanded.startsWith("~\\")) {
    expanded = path.join(home, expanded.slice(1));
  }
  return expanded;
}

/** Where the interpreter came from: the messages name it, so a user knows what to change. */
export type InterpreterSource = "postlint.pythonPath" | "Python extension" | "python.defaultInterpreterPath" | "default";

export interface Interpreter {
  command: string;
  source: InterpreterSource;
}

/**
 * The interpreter to run `-m postlint lsp` with, in the order the Python tools' extensions
 * use: postlint's own setting (expanded), else the interpreter selected in the Python
 * extension for this workspace, else `python.defaultInterpreterPath`, else `python3`
 * (`python` on Windows).
 */
export function resolveInterpreter(
  choices: {
    configured?: string;
    pythonExtension?: string;
    defaultInterpreterPath?: string;
  },
  context: PathContext = {},
  platform: string = process.platform,
): Interpreter {
  const ordered: Array<[string | undefined, InterpreterSource]> = [
    [choices.configured, "postlint.pythonPath"],
    [choices.pythonExtension, "Python extension"],
    [choices.defaultInterpreterPath, "python.defaultInterpreterPath"],
  ];
  for (const [candidate, source] of ordered) {
    const trimmed = candidate?.trim();
    // "python" is the Python extension's placeholder default, not a choice.
    if (trimmed && trimmed !== "python") {
      return { command: expandPath(trimmed, context), source };
    }
  }
  return { command: platform === "win32" ? "python" : "python3", source: "default" };
}

/**
 * The command that installs postlint into `python`, as a process and as shell text: the wheel
 * the extension carries when there is one (its dependencies still come from the package
 * index), else the package name, which only a development build without a wheel falls back to.
 */
export function installCommand(
  python: string,
  wheel?: string,
): { command: string; args: string[]; text: string } {
  const args = ["-m", "pip", "install", "--upgrade", wheel ?? "postlint"];
  const quote = (part: string) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, "'\\''")}'`);
  return { command: python, args, text: [python, ...args].map(quote).join(" ") };
}

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

// The postlint wheel that `make vsix` puts in the extension's bundled/ folder. postlint is not
// on the package index yet, so "Install postlint" installs this file.
import { readdirSync } from "node:fs";
import * as path from "node:path";

const WHEEL = /^postlint-[^-]+-py3-none-any\.whl$/;

/** The bundled wheel's path, or undefined for a development build that carries none. */
export function bundledWheel(extensionPath: string): string | undefined {
  const folder = path.join(extensionPath, "bundled");
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  // `make vsix` empties the folder first, so there is one; should there be more, the newest.
  const newest = names
    .filter((name) => WHEEL.test(name))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .at(-1);
  return newest === undefined ? undefined : path.join(folder, newest);
}

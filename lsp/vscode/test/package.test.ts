// The .vsix is built with `vsce package --no-dependencies`: node_modules are not shipped,
// so the esbuild bundle must contain everything except `vscode` itself.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { test } from "node:test";

const ROOT = path.resolve(__dirname, "..", "..");
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

test("the bundle requires only Node built-ins and vscode", () => {
  const bundle = readFileSync(path.join(ROOT, manifest.main), "utf8"); // run `npm run bundle` first
  const required = new Set(
    [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!.replace(/^node:/, "")),
  );
  const foreign = [...required].filter((name) => name !== "vscode" && !builtinModules.includes(name));
  assert.deepEqual(foreign, []);
  assert.ok(required.has("vscode"));
});

test("the manifest activates on Markdown and plain text and declares the settings", () => {
  assert.deepEqual(manifest.activationEvents, ["onLanguage:markdown", "onLanguage:plaintext"]);
  const properties = Object.keys(manifest.contributes.configuration.properties);
  for (const key of ["postlint.pythonPath", "postlint.profile", "postlint.author.role", "postlint.author.organisation", "postlint.account.remit"]) {
    assert.ok(properties.includes(key), key);
  }
});

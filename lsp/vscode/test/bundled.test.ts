// The wheel `make vsix` puts in bundled/, found in a folder laid out as the installed extension.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";

import { bundledWheel } from "../src/bundled";

function extensionFolder(files: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "postlint extension "));
  if (files.length > 0) {
    mkdirSync(path.join(root, "bundled"));
  }
  for (const name of files) {
    writeFileSync(path.join(root, "bundled", name), "");
  }
  return root;
}

test("the bundled wheel is found by its name", () => {
  const root = extensionFolder(["postlint-0.1.0-py3-none-any.whl", "README.txt"]);
  assert.equal(bundledWheel(root), path.join(root, "bundled", "postlint-0.1.0-py3-none-any.whl"));
});

test("a development build without bundled/, or with no postlint wheel in it, has none", () => {
  assert.equal(bundledWheel(extensionFolder([])), undefined);
  assert.equal(bundledWheel(extensionFolder(["spacy-3.8.0-py3-none-any.whl", "postlint-0.1.0.tar.gz"])), undefined);
});

test("of several wheels, the newest version by number, not by letter", () => {
  const root = extensionFolder(["postlint-0.9.0-py3-none-any.whl", "postlint-0.10.0-py3-none-any.whl"]);
  assert.equal(bundledWheel(root), path.join(root, "bundled", "postlint-0.10.0-py3-none-any.whl"));
});

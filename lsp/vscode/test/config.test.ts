import assert from "node:assert/strict";
import { test } from "node:test";

import { documentSelector, resolveInterpreter, serverSettings } from "../src/config";

test("the postlint interpreter setting wins over the Python extension's", () => {
  assert.equal(resolveInterpreter("/opt/venv/bin/python", "/usr/bin/python3.12"), "/opt/venv/bin/python");
  assert.equal(resolveInterpreter("  ", "/usr/bin/python3.12"), "/usr/bin/python3.12");
});

test("without a choice, python3 (python on Windows); the placeholder 'python' is no choice", () => {
  assert.equal(resolveInterpreter("", "python", "linux"), "python3");
  assert.equal(resolveInterpreter(undefined, undefined, "win32"), "python");
});

test("server settings drop client-only keys and unset values", () => {
  const raw = {
    pythonPath: "/opt/venv/bin/python",
    profile: null,
    author: { name: "", role: "press officer", organisation: "Cabinet Office" },
    account: { kind: null, remit: [] },
    nlp: { model: null },
    debounceMs: 0,
  };
  assert.deepEqual(serverSettings(raw), {
    author: { role: "press officer", organisation: "Cabinet Office" },
    debounceMs: 0,
  });
});

test("junk settings become an empty object, never an exception", () => {
  for (const junk of [null, undefined, 3, "x", ["a"]]) {
    assert.deepEqual(serverSettings(junk), {});
  }
});

test("markdown and plain text are linted, saved or not", () => {
  assert.deepEqual(
    documentSelector.map((s) => `${s.language}:${s.scheme}`).sort(),
    ["markdown:file", "markdown:untitled", "plaintext:file", "plaintext:untitled"],
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { documentSelector, expandPath, installCommand, resolveInterpreter, serverSettings } from "../src/config";

test("the postlint interpreter setting wins over the Python extension's, which wins over the default path", () => {
  const all = { configured: "/opt/venv/bin/python", pythonExtension: "/ws/.venv/bin/python", defaultInterpreterPath: "/usr/bin/python3.12" };
  assert.deepEqual(resolveInterpreter(all), { command: "/opt/venv/bin/python", source: "postlint.pythonPath" });
  assert.deepEqual(resolveInterpreter({ ...all, configured: "  " }), { command: "/ws/.venv/bin/python", source: "Python extension" });
  assert.deepEqual(resolveInterpreter({ ...all, configured: "", pythonExtension: undefined }), {
    command: "/usr/bin/python3.12",
    source: "python.defaultInterpreterPath",
  });
});

test("without a choice, python3 (python on Windows); the placeholder 'python' is no choice", () => {
  assert.deepEqual(resolveInterpreter({ configured: "", defaultInterpreterPath: "python" }, {}, "linux"), {
    command: "python3",
    source: "default",
  });
  assert.equal(resolveInterpreter({}, {}, "win32").command, "python");
});

test("${workspaceFolder}, ${workspaceFolder:name}, ${userHome}, ${env:NAME} and ~ are expanded", () => {
  const context = {
    workspaceFolder: "/ws/drafts",
    workspaceFolders: { drafts: "/ws/drafts", tools: "/ws/tools" },
    userHome: "/home/sam",
    env: { VENVS: "/opt/venvs" },
  };
  assert.equal(expandPath("${workspaceFolder}/.venv/bin/python", context), "/ws/drafts/.venv/bin/python");
  assert.equal(expandPath("${workspaceFolder:tools}/py", context), "/ws/tools/py");
  assert.equal(expandPath("~/.venvs/postlint/bin/python", context), "/home/sam/.venvs/postlint/bin/python");
  assert.equal(expandPath("${userHome}/py", context), "/home/sam/py");
  assert.equal(expandPath("${env:VENVS}/a/bin/python", context), "/opt/venvs/a/bin/python");
  assert.equal(expandPath(" /usr/bin/python3 ", context), "/usr/bin/python3");
  // No folder open, or an unknown variable: left as written so the error shows it.
  assert.equal(expandPath("${workspaceFolder}/py", { userHome: "/h" }), "${workspaceFolder}/py");
  assert.equal(expandPath("a~/b", context), "a~/b");
  assert.equal(
    resolveInterpreter({ configured: "~/py" }, context).command,
    "/home/sam/py",
    "the configured path is expanded",
  );
});

test("the install command runs pip in the chosen interpreter on the bundled wheel, quoted for a shell", () => {
  const wheel = "/home/a user/.vscode/extensions/postlint.postlint-0.1.0/bundled/postlint-0.1.0-py3-none-any.whl";
  assert.deepEqual(installCommand("/opt/my venv/bin/python", wheel), {
    command: "/opt/my venv/bin/python",
    args: ["-m", "pip", "install", "--upgrade", wheel],
    text: `'/opt/my venv/bin/python' -m pip install --upgrade '${wheel}'`,
  });
  assert.equal(
    installCommand("/usr/bin/python3", "/ext/bundled/postlint-0.1.0-py3-none-any.whl").text,
    "/usr/bin/python3 -m pip install --upgrade /ext/bundled/postlint-0.1.0-py3-none-any.whl",
  );
  assert.equal(
    installCommand("python3", "/it's/postlint-0.1.0-py3-none-any.whl").text,
    "python3 -m pip install --upgrade '/it'\\''s/postlint-0.1.0-py3-none-any.whl'",
  );
});

test("without a bundled wheel (a development build), the install command names the package", () => {
  assert.deepEqual(installCommand("/opt/my venv/bin/python"), {
    command: "/opt/my venv/bin/python",
    args: ["-m", "pip", "install", "--upgrade", "postlint"],
    text: "'/opt/my venv/bin/python' -m pip install --upgrade postlint",
  });
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

test("markdown, HTML and plain text are linted, saved or not", () => {
  assert.deepEqual(
    documentSelector.map((s) => `${s.language}:${s.scheme}`).sort(),
    ["html:file", "html:untitled", "markdown:file", "markdown:untitled", "plaintext:file", "plaintext:untitled"],
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { clients, commands, changeSetting, settings } from "./fakes";
// Required after the fakes are installed.
import * as extension from "../src/extension";

const context = { subscriptions: [] as Array<{ dispose(): unknown }> };

test("activation starts python -m postlint lsp with the configured interpreter", async () => {
  settings["postlint.pythonPath"] = "/srv/venv/bin/python";
  await extension.activate(context as never);
  const [client] = clients;
  assert.ok(client);
  assert.equal(client.started, 1);
  assert.equal(client.serverOptions.command, "/srv/venv/bin/python");
  assert.deepEqual(client.serverOptions.args, ["-m", "postlint", "lsp"]);
  assert.ok(commands.has("postlint.restartServer"));
});

test("the configuration middleware cleans only the postlint section", async () => {
  const client = clients.at(-1)!;
  const configure = client.clientOptions.middleware.workspace.configuration;
  const result = await configure(
    { items: [{ section: "postlint" }, { section: "editor" }] },
    undefined,
    () => [{ pythonPath: "/x", author: { role: "analyst", name: "" } }, { tabSize: 2 }],
  );
  assert.deepEqual(result, [{ author: { role: "analyst" } }, { tabSize: 2 }]);
});

test("a settings change asks the server to pull settings again", async () => {
  const client = clients.at(-1)!;
  await changeSetting("postlint.author.role", "economist");
  assert.deepEqual(client.notifications, [
    { method: "workspace/didChangeConfiguration", params: { settings: null } },
  ]);
  await changeSetting("editor.fontSize", 14);
  assert.equal(client.notifications.length, 1);
});

test("changing the interpreter restarts the server with it", async () => {
  const before = clients.at(-1)!;
  await changeSetting("postlint.pythonPath", "/other/bin/python");
  const after = clients.at(-1)!;
  assert.notEqual(before, after);
  assert.equal(before.stopped, 1);
  assert.equal(after.serverOptions.command, "/other/bin/python");
  await extension.deactivate();
  assert.equal(after.stopped, 1);
});

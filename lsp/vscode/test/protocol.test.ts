// Protocol-level end to end: the real Python server, driven as vscode-languageclient would
// drive it (VS Code's capabilities: UTF-16, pull diagnostics), with the extension's
// settings middleware answering workspace/configuration.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

import {
  ConfigurationRequest,
  createProtocolConnection,
  DocumentDiagnosticRequest,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";

import { SERVER_ARGS, serverSettings } from "../src/config";

const REPO = path.resolve(__dirname, "..", "..", "..", "..");
const PYTHON = process.env.POSTLINT_PYTHON ?? path.join(REPO, ".venv", "bin", "python");

test(
  "the server pulls diagnostics with UTF-16 ranges and hovers for a VS Code client",
  { skip: existsSync(PYTHON) ? false : `no interpreter at ${PYTHON} (set POSTLINT_PYTHON)`, timeout: 120_000 },
  async () => {
    const server = spawn(PYTHON, [...SERVER_ARGS, "--debounce-ms", "0"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(server.stdout!),
      new StreamMessageWriter(server.stdin!),
    );
    const asked: unknown[] = [];
    connection.onRequest(ConfigurationRequest.type, (params) => {
      asked.push(params);
      // What VS Code would return for the user's settings, through the extension middleware.
      return params.items.map(() =>
        serverSettings({ pythonPath: "/ignored", profile: null, rules: { severity: { politics: "info" } } }),
      );
    });
    connection.listen();
    try {
      const init = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          general: { positionEncodings: ["utf-16"] },
          workspace: { configuration: true, diagnostics: { refreshSupport: true } },
          textDocument: {
            diagnostic: { dynamicRegistration: false },
            hover: { contentFormat: ["markdown", "plaintext"] },
          },
        },
      });
      assert.equal(init.capabilities.positionEncoding, "utf-16");
      assert.ok(init.capabilities.diagnosticProvider);
      await connection.sendNotification(InitializedNotification.type, {});

      const text = "Ship it \u{1F680}\u{1F680}. Vote Labour!";
      const uri = "untitled:Untitled-1";
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: "plaintext", version: 1, text },
      });
      const report = (await connection.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri },
      })) as FullDocumentDiagnosticReport;
      assert.equal(report.kind, "full");
      const [finding] = report.items as Diagnostic[];
      assert.ok(finding);
      // JavaScript strings are UTF-16: the server's range must index them directly.
      assert.equal(text.slice(finding.range.start.character, finding.range.end.character), "Vote Labour!");
      assert.equal(finding.code, "politics.partisan-endorsement");
      assert.equal(finding.source, "postlint");
      assert.equal(finding.severity, 3, "severity from the cleaned settings (info)");
      assert.ok(asked.length >= 1);

      const hover = await connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 0, character: finding.range.start.character + 1 },
      });
      assert.match((hover?.contents as MarkupContent).value, /Why it matters/);
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise((resolve) => server.once("exit", resolve));
      await connection.sendNotification(ExitNotification.type);
      await exited;
      assert.equal(server.exitCode, 0);
    } finally {
      connection.dispose();
      server.kill();
    }
  },
);

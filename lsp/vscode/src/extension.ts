// The VS Code extension: starts `python -m postlint lsp` and keeps its settings in sync.
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import { documentSelector, resolveInterpreter, SERVER_ARGS, serverSettings } from "./config";

const SECTION = "postlint";
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("postlint", { log: true });
  context.subscriptions.push(output);

  const start = async (): Promise<void> => {
    client = createClient(output);
    await client.start();
  };
  const restart = async (): Promise<void> => {
    await client?.stop();
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand("postlint.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration(`${SECTION}.pythonPath`)) {
        await restart();
      } else if (event.affectsConfiguration(SECTION) && client !== undefined) {
        // settings: null asks the server to pull them through workspace/configuration,
        // where the middleware below cleans them.
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: null,
        });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

export function createClient(output: vscode.LogOutputChannel): LanguageClient {
  const command = resolveInterpreter(
    vscode.workspace.getConfiguration(SECTION).get<string>("pythonPath"),
    vscode.workspace.getConfiguration("python").get<string>("defaultInterpreterPath"),
  );
  const serverOptions: ServerOptions = {
    command,
    args: [...SERVER_ARGS],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          if (!Array.isArray(values)) {
            return values;
          }
          return values.map((value, index) =>
            params.items[index]?.section === SECTION ? serverSettings(value) : value,
          );
        },
      },
    },
  };
  return new LanguageClient("postlint", "postlint", serverOptions, clientOptions);
}

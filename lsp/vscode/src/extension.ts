// The VS Code extension: finds an interpreter with postlint, starts `python -m postlint lsp`
// and keeps its settings in sync. Without postlint in that interpreter it says so and offers
// to install it (from the wheel in bundled/), instead of a server that crashes five times.
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import {
  CONFIG_FILES_GLOB,
  documentSelector,
  installCommand,
  type Interpreter,
  resolveInterpreter,
  SERVER_ARGS,
  serverSettings,
} from "./config";
import { bundledWheel } from "./bundled";
import { probePostlint, type ProbeResult } from "./probe";
import { onInterpreterChange, PYTHON_EXTENSION_ID, selectedInterpreter } from "./python";

const SECTION = "postlint";
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("postlint", { log: true });
  context.subscriptions.push(output);
  const wheel = bundledWheel(context.extensionPath);

  const start = async (): Promise<void> => {
    const interpreter = await chooseInterpreter();
    const probe = await probePostlint(interpreter.command);
    if (probe.kind !== "ok") {
      output.error(problemText(interpreter, probe, wheel));
      void offerHelp(interpreter, probe, wheel, restart);
      return;
    }
    output.info(`postlint ${probe.version} in ${interpreter.command} (from ${interpreter.source})`);
    client = createClient(output, interpreter.command);
    await client.start();
  };
  // One start or restart at a time: settings and interpreter events can arrive together.
  // A failed start or stop must not block every later restart, so the chain goes on.
  let queue: Promise<void> = Promise.resolve();
  const restart = (): Promise<void> => {
    queue = queue
      .catch(() => undefined)
      .then(async () => {
        try {
          await client?.stop();
        } catch (error) {
          output.warn(`stopping the server: ${String(error)}`);
        }
        client = undefined;
        await start();
      });
    return queue;
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
  const pythonListener = await onInterpreterChange(() => {
    // Only when that choice is the one in use: postlint.pythonPath wins over it.
    if (!vscode.workspace.getConfiguration(SECTION).get<string>("pythonPath")?.trim()) {
      void restart();
    }
  });
  if (pythonListener !== undefined) {
    context.subscriptions.push(pythonListener);
  }
  queue = start();
  await queue;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** postlint.pythonPath, else the Python extension's interpreter for this workspace, … */
export async function chooseInterpreter(): Promise<Interpreter> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? folders[0];
  const resource = folder?.uri;
  const configured = vscode.workspace.getConfiguration(SECTION, resource).get<string>("pythonPath");
  return resolveInterpreter(
    {
      configured,
      pythonExtension: configured?.trim() ? undefined : await selectedInterpreter(resource),
      defaultInterpreterPath: vscode.workspace
        .getConfiguration("python", resource)
        .get<string>("defaultInterpreterPath"),
    },
    {
      workspaceFolder: folder?.uri.fsPath,
      workspaceFolders: Object.fromEntries(folders.map((f) => [f.name, f.uri.fsPath])),
    },
  );
}

// Said whenever the fallback is offered: it asks the package index for a name not there yet.
const NOT_ON_INDEX =
  "postlint is not on the package index yet and this development build of the extension carries no " +
  "postlint wheel, so that may fail: install postlint from a clone (<python> -m pip install " +
  "/path/to/postlint), or use a .vsix built with `make vsix`, which carries the wheel.";

function problemText(
  interpreter: Interpreter,
  probe: Exclude<ProbeResult, { kind: "ok" }>,
  wheel: string | undefined,
): string {
  const where = `${interpreter.command} (from ${interpreter.source})`;
  if (probe.kind === "missing") {
    const { text } = installCommand(interpreter.command, wheel);
    return wheel === undefined
      ? `postlint is not installed in ${where}. Install it with: ${text}. ${NOT_ON_INDEX}`
      : `postlint is not installed in ${where}. Install it from the wheel that comes with this extension: ${text}`;
  }
  return `postlint cannot start: ${where} did not run: ${probe.detail}`;
}

const INSTALL = "Install postlint";
const SELECT = "Select interpreter";
const SETTINGS = "Open settings";

async function offerHelp(
  interpreter: Interpreter,
  probe: Exclude<ProbeResult, { kind: "ok" }>,
  wheel: string | undefined,
  restart: () => Promise<void>,
): Promise<void> {
  const choices = probe.kind === "missing" ? [INSTALL] : [];
  if (vscode.extensions.getExtension(PYTHON_EXTENSION_ID) !== undefined) {
    choices.push(SELECT);
  }
  choices.push(SETTINGS);
  const choice = await vscode.window.showErrorMessage(problemText(interpreter, probe, wheel), ...choices);
  if (choice === INSTALL) {
    await install(interpreter.command, wheel, restart);
  } else if (choice === SELECT) {
    await vscode.commands.executeCommand("python.setInterpreter");
  } else if (choice === SETTINGS) {
    await vscode.commands.executeCommand("workbench.action.openSettings", `${SECTION}.pythonPath`);
  }
}

/** Runs pip in a terminal the user can watch; the server starts when it succeeds. */
async function install(python: string, wheel: string | undefined, restart: () => Promise<void>): Promise<void> {
  const { command, args, text } = installCommand(python, wheel);
  const task = new vscode.Task(
    { type: "postlint" },
    vscode.workspace.workspaceFolders?.[0] ?? vscode.TaskScope.Workspace,
    "Install postlint",
    "postlint",
    new vscode.ProcessExecution(command, args),
  );
  const execution = await vscode.tasks.executeTask(task);
  const listener = vscode.tasks.onDidEndTaskProcess(async (event) => {
    if (event.execution !== execution) {
      return;
    }
    listener.dispose();
    if (event.exitCode === 0) {
      await restart();
    } else {
      const failed = `Installing postlint failed (exit code ${event.exitCode}): ${text}`;
      void vscode.window.showErrorMessage(wheel === undefined ? `${failed}. ${NOT_ON_INDEX}` : failed);
    }
  });
}

export function createClient(output: vscode.LogOutputChannel, command: string): LanguageClient {
  const serverOptions: ServerOptions = {
    command,
    args: [...SERVER_ARGS],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    synchronize: {
      // The server re-reads .postlint.toml when it changes and re-lints the open drafts.
      fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILES_GLOB),
    },
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

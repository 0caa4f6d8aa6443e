// A fake `vscode` module and a fake `vscode-languageclient/node`, installed into Node's module
// loader before the extension is required: the extension's logic is tested here without an
// editor (tests/e2e runs it in real VS Code).
import Module = require("node:module");

type Listener = (event: { affectsConfiguration(section: string): boolean }) => unknown;

export const settings: Record<string, unknown> = {};
export const listeners: Listener[] = [];
export const commands = new Map<string, (...args: unknown[]) => unknown>();
export const executedCommands: Array<{ name: string; args: unknown[] }> = [];
export const clients: FakeLanguageClient[] = [];
export const logLines: string[] = [];
/** Every error message shown, and the button the fake user presses (undefined: dismiss). */
export const errorMessages: Array<{ message: string; items: string[] }> = [];
export const answers: Array<string | undefined> = [];
export const tasks: Array<{ name: string; execution: { command: string; args: string[] } }> = [];
const taskEndListeners: Array<(event: { execution: unknown; exitCode: number }) => unknown> = [];

export const workspace = {
  workspaceFolders: undefined as Array<{ name: string; uri: FakeUri }> | undefined,
};

export class FakeUri {
  constructor(public fsPath: string) {}
  toString(): string {
    return `file://${this.fsPath}`;
  }
}

/** The Python extension's environments API, as far as the extension reads it. */
export const pythonExtension = {
  installed: false,
  activated: 0,
  interpreter: "",
  changeListeners: [] as Array<(event: unknown) => unknown>,
  async select(interpreter: string): Promise<void> {
    this.interpreter = interpreter;
    for (const listener of this.changeListeners) {
      await listener({ path: interpreter });
    }
  },
};

const pythonApi = {
  environments: {
    getActiveEnvironmentPath: () => ({ id: "active", path: pythonExtension.interpreter }),
    resolveEnvironment: async (environment: { path: string }) => ({
      executable: { uri: new FakeUri(environment.path) },
    }),
    onDidChangeActiveEnvironmentPath: (listener: (event: unknown) => unknown) => {
      const all = pythonExtension.changeListeners;
      all.push(listener);
      return { dispose: () => all.splice(all.indexOf(listener), 1) };
    },
  },
};

export class FakeLanguageClient {
  started = 0;
  stopped = 0;
  notifications: Array<{ method: string; params: unknown }> = [];
  constructor(
    public id: string,
    public name: string,
    public serverOptions: { command: string; args: string[] },
    public clientOptions: {
      documentSelector: Array<{ scheme: string; language: string }>;
      synchronize: { fileEvents: { glob: string } };
      middleware: {
        workspace: {
          configuration: (
            params: { items: Array<{ section?: string }> },
            token: unknown,
            next: (params: unknown, token: unknown) => unknown,
          ) => Promise<unknown>;
        };
      };
    },
  ) {
    clients.push(this);
  }
  async start(): Promise<void> {
    this.started += 1;
  }
  async stop(): Promise<void> {
    this.stopped += 1;
  }
  async sendNotification(type: { method: string }, params: unknown): Promise<void> {
    this.notifications.push({ method: type.method, params });
  }
}

/** Change settings as the user would, and fire VS Code's change event. */
export async function changeSetting(key: string, value: unknown): Promise<void> {
  settings[key] = value;
  for (const listener of listeners) {
    await listener({
      affectsConfiguration: (section: string) => key === section || key.startsWith(`${section}.`),
    });
  }
}

/** The install task ends, as pip would end it. */
export async function endTask(exitCode: number): Promise<void> {
  const execution = tasks.at(-1);
  for (const listener of [...taskEndListeners]) {
    await listener({ execution, exitCode });
  }
}

/** Waits until `condition` holds: the extension answers some events without awaiting. */
export async function eventually(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const log = (level: string) => (line: string) => logLines.push(`${level}: ${line}`);

const fakeVscode = {
  window: {
    activeTextEditor: undefined,
    createOutputChannel: (name: string) => ({
      name,
      info: log("info"),
      warn: log("warn"),
      error: log("error"),
      appendLine: log("line"),
      dispose() {},
    }),
    async showErrorMessage(message: string, ...items: string[]) {
      errorMessages.push({ message, items });
      return answers.shift();
    },
  },
  commands: {
    registerCommand(name: string, callback: (...args: unknown[]) => unknown) {
      commands.set(name, callback);
      return { dispose: () => commands.delete(name) };
    },
    async executeCommand(name: string, ...args: unknown[]) {
      executedCommands.push({ name, args });
    },
  },
  workspace: {
    get workspaceFolders() {
      return workspace.workspaceFolders;
    },
    getWorkspaceFolder: () => workspace.workspaceFolders?.[0],
    getConfiguration: (section: string) => ({
      get: <T>(key: string): T | undefined => settings[`${section}.${key}`] as T | undefined,
    }),
    onDidChangeConfiguration(listener: Listener) {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
    createFileSystemWatcher: (glob: string) => ({ glob, dispose() {} }),
  },
  extensions: {
    getExtension: (id: string) =>
      id === "ms-python.python" && pythonExtension.installed
        ? {
            isActive: pythonExtension.activated > 0,
            exports: pythonApi,
            async activate() {
              pythonExtension.activated += 1;
              return pythonApi;
            },
          }
        : undefined,
  },
  tasks: {
    async executeTask(task: { name: string; execution: { command: string; args: string[] } }) {
      tasks.push(task);
      return task;
    },
    onDidEndTaskProcess(listener: (event: { execution: unknown; exitCode: number }) => unknown) {
      taskEndListeners.push(listener);
      return { dispose: () => taskEndListeners.splice(taskEndListeners.indexOf(listener), 1) };
    },
  },
  Task: class {
    constructor(
      public definition: unknown,
      public scope: unknown,
      public name: string,
      public source: string,
      public execution: unknown,
    ) {}
  },
  ProcessExecution: class {
    constructor(
      public command: string,
      public args: string[],
    ) {}
  },
  TaskScope: { Global: 1, Workspace: 2 },
  Uri: { file: (fsPath: string) => new FakeUri(fsPath) },
};

const fakeLanguageClient = {
  LanguageClient: FakeLanguageClient,
  TransportKind: { stdio: 0 },
  DidChangeConfigurationNotification: { type: { method: "workspace/didChangeConfiguration" } },
};

const loader = Module as unknown as {
  _load: (request: string, parent: unknown, isMain: boolean) => unknown;
};
const originalLoad = loader._load;
loader._load = function (request: string, parent: unknown, isMain: boolean): unknown {
  if (request === "vscode") {
    return fakeVscode;
  }
  if (request === "vscode-languageclient/node") {
    return fakeLanguageClient;
  }
  return originalLoad.call(this, request, parent, isMain);
};

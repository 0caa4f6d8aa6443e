// A fake `vscode` module and a fake `vscode-languageclient/node`, installed into Node's module
// loader before the extension is required: VS Code itself cannot run here.
import Module = require("node:module");

type Listener = (event: { affectsConfiguration(section: string): boolean }) => unknown;

export const settings: Record<string, unknown> = {};
export const listeners: Listener[] = [];
export const commands = new Map<string, (...args: unknown[]) => unknown>();
export const clients: FakeLanguageClient[] = [];

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

const fakeVscode = {
  window: {
    createOutputChannel: (name: string) => ({ name, appendLine() {}, dispose() {} }),
  },
  commands: {
    registerCommand(name: string, callback: (...args: unknown[]) => unknown) {
      commands.set(name, callback);
      return { dispose: () => commands.delete(name) };
    },
  },
  workspace: {
    getConfiguration: (section: string) => ({
      get: <T>(key: string): T | undefined => settings[`${section}.${key}`] as T | undefined,
    }),
    onDidChangeConfiguration(listener: Listener) {
      listeners.push(listener);
      return { dispose() {} };
    },
  },
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

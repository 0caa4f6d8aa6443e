// Whether an interpreter can run the server, asked before starting it: a missing postlint
// otherwise shows only as the language client's "server crashed" after five restarts.
import { execFile } from "node:child_process";

export type ProbeResult =
  | { kind: "ok"; version: string }
  | { kind: "missing" }
  | { kind: "no-interpreter"; detail: string };

// find_spec, not `import postlint`: it answers in tens of milliseconds, without loading spaCy.
const PROBE = [
  "import importlib.util, sys",
  "if importlib.util.find_spec('postlint') is None: sys.exit(3)",
  "try:",
  "    import importlib.metadata; print(importlib.metadata.version('postlint'))",
  "except Exception:",
  "    print('unknown')",
].join("\n");

export function probePostlint(python: string, timeoutMs = 20_000): Promise<ProbeResult> {
  return new Promise((resolve) => {
    execFile(python, ["-c", PROBE], { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ kind: "ok", version: stdout.trim() });
      } else if (typeof error.code === "number" && error.code === 3) {
        resolve({ kind: "missing" });
      } else {
        resolve({ kind: "no-interpreter", detail: (stderr.trim() || error.message).split("\n").at(-1)! });
      }
    });
  });
}

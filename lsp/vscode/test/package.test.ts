// The .vsix is built with `vsce package --no-dependencies`: node_modules are not shipped,
// so the esbuild bundle must contain everything except `vscode` itself.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { test } from "node:test";

const ROOT = path.resolve(__dirname, "..", "..");
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

test("the bundle requires only Node built-ins and vscode", () => {
  const bundle = readFileSync(path.join(ROOT, manifest.main), "utf8"); // run `npm run bundle` first
  const required = new Set(
    [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!.replace(/^node:/, "")),
  );
  const foreign = [...required].filter((name) => name !== "vscode" && !builtinModules.includes(name));
  assert.deepEqual(foreign, []);
  assert.ok(required.has("vscode"));
});

test("the manifest activates on Markdown, HTML and plain text and declares the settings", () => {
  assert.deepEqual(manifest.activationEvents, ["onLanguage:markdown", "onLanguage:plaintext", "onLanguage:html"]);
  const properties = manifest.contributes.configuration.properties;
  for (const key of ["postlint.pythonPath", "postlint.profile", "postlint.platform", "postlint.author.role", "postlint.author.organisation", "postlint.account.remit"]) {
    assert.ok(key in properties, key);
  }
  // The values the server's config accepts (postlint._config.Platform), or unset.
  assert.deepEqual(properties["postlint.platform"].enum, [null, "x", "bluesky", "mastodon", "linkedin", "threads", "blog"]);
});

test("the .vsix carries the bundle, the manifest, the README and the LICENSE", async () => {
  const vsix = path.join(ROOT, "postlint.vsix"); // run `npm run package` first
  const entries = await zipEntries(vsix);
  for (const name of ["extension/package.json", "extension/dist/extension.js", "extension/readme.md", "extension/LICENSE.txt"]) {
    assert.ok(entries.has(name), `${name} in ${[...entries].join(", ")}`);
  }
  assert.equal(
    (await zipEntry(vsix, "extension/LICENSE.txt")).toString("utf8"),
    readFileSync(path.join(ROOT, "..", "..", "LICENSE"), "utf8"),
  );
  assert.deepEqual([...entries].filter((name) => /node_modules|\/src\/|\.ts$/.test(name)), []);
});

// yauzl comes with @vscode/vsce, which writes the archive.
type ZipFile = {
  on(event: "entry", listener: (entry: { fileName: string }) => void): void;
  on(event: "end" | "error", listener: (error?: Error) => void): void;
  readEntry(): void;
  openReadStream(entry: unknown, callback: (error: Error | null, stream: NodeJS.ReadableStream) => void): void;
};
const yauzl = require("yauzl") as {
  open(file: string, options: { lazyEntries: boolean }, callback: (error: Error | null, zip: ZipFile) => void): void;
};

function zipEntries(file: string): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names = new Set<string>();
      zip.on("entry", (entry) => {
        names.add(entry.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

function zipEntry(file: string, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("entry", (entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => resolve(Buffer.concat(chunks)));
        });
      });
      zip.on("end", () => reject(new Error(`${name} not in ${file}`)));
      zip.readEntry();
    });
  });
}

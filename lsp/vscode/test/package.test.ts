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

test("the .vsix carries postlint's wheel, the one thing Install postlint can install before it is on the index", async () => {
  const vsix = path.join(ROOT, "postlint.vsix"); // run `make vsix` first: it builds the wheel
  const version = /^version = "([^"]+)"$/m.exec(readFileSync(path.join(ROOT, "..", "..", "pyproject.toml"), "utf8"))![1];
  const name = `postlint-${version}-py3-none-any.whl`;
  const bundled = [...(await zipEntries(vsix))].filter((entry) => entry.startsWith("extension/bundled/"));
  assert.deepEqual(bundled, [`extension/bundled/${name}`]);
  const wheel = await zipEntry(vsix, `extension/bundled/${name}`);
  const inside = await zipEntries(wheel);
  for (const file of ["postlint/__init__.py", "postlint/lsp/server.py", "postlint/models/politics-judge.onnx", `postlint-${version}.dist-info/METADATA`]) {
    assert.ok(inside.has(file), `${file} in ${name}`);
  }
  const metadata = (await zipEntry(wheel, `postlint-${version}.dist-info/METADATA`)).toString("utf8");
  const lines = metadata.split("\n");
  assert.ok(lines.includes("Name: postlint") && lines.includes(`Version: ${version}`), metadata.slice(0, 200));
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
  fromBuffer(buffer: Buffer, options: { lazyEntries: boolean }, callback: (error: Error | null, zip: ZipFile) => void): void;
};

/** A zip archive, from a file or (a wheel inside the .vsix) from memory. */
function openZip(file: string | Buffer, callback: (error: Error | null, zip: ZipFile) => void): void {
  if (typeof file === "string") {
    yauzl.open(file, { lazyEntries: true }, callback);
  } else {
    yauzl.fromBuffer(file, { lazyEntries: true }, callback);
  }
}

function zipEntries(file: string | Buffer): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    openZip(file, (error, zip) => {
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

function zipEntry(file: string | Buffer, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    openZip(file, (error, zip) => {
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
      zip.on("end", () => reject(new Error(`${name} not in ${typeof file === "string" ? file : "the archive"}`)));
      zip.readEntry();
    });
  });
}

// Bundles the page into src/postlint/web/static/ (committed; the wheel carries it).
// `npm run build` after `npm ci`; `make web-assets` does both.
import { build } from "esbuild";
import { copyFile } from "node:fs/promises";

// POSTLINT_WEB_OUT builds elsewhere: `make web-check` compares that with what is committed.
const out = process.env.POSTLINT_WEB_OUT ?? "../src/postlint/web/static";
await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  minify: true,
  format: "esm",
  target: ["chrome110", "firefox115", "safari16"],
  outfile: `${out}/app.js`,
  legalComments: "eof",
  logLevel: "warning",
});
await copyFile("src/index.html", `${out}/index.html`);
await copyFile("src/app.css", `${out}/app.css`);

// Trunk's post_build hook: marks the stylesheet for CORS (see below) and moves the inline <script type="module"> loader that Trunk writes into
// index.html out to a file, so the page's Content-Security-Policy can stay `script-src 'self'`
// with no 'unsafe-inline' and no hash to keep in step with each build.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("extract-loader: set TRUNK_STAGING_DIR or pass the dist folder");
  process.exit(2);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const re = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
let n = 0;
html = html.replace(re, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
  const name = `loader-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  n += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (n === 0 && /<script(?![^>]*\ssrc=)[^>]*>[^<]/.test(html)) {
  console.error("extract-loader: an inline script remains that this hook does not understand");
  process.exit(1);
}
// A stylesheet with an integrity hash must be fetched with CORS, or a sandboxed (opaque-origin)
// embed refuses it: add crossorigin="anonymous" where Trunk did not.
html = html.replace(/<link rel="stylesheet"(?![^>]*crossorigin)([^>]*integrity=)/g, '<link rel="stylesheet" crossorigin="anonymous"$1');
writeFileSync(file, html);
console.log(`extract-loader: moved ${n} inline loader(s) to files`);

// Trunk's post_build hook, run on the staged build before it replaces dist/:
// 1. moves the inline <script type="module"> loader that Trunk writes into index.html out to a
//    file, so the page's Content-Security-Policy can stay `script-src 'self'` with no
//    'unsafe-inline' and no hash to keep in step with each build;
// 2. minifies wasm-bindgen's JavaScript with terser (Trunk minifies only HTML and CSS): about
//    2 KiB gzip of the first load. Its integrity hash in index.html is recomputed to match;
// 3. marks the stylesheet for CORS (see below);
// 4. writes a .br (brotli, highest quality) and a .gz (gzip -9) beside every text and wasm file,
//    for servers that send precompressed files (README "Serving"). Last, so they match the files.
// Any surprise stops the build: a page that fails its own integrity check would be blank.
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { minify } from "terser";
import { br, gz, compressible } from "./compress.mjs";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("post-build: set TRUNK_STAGING_DIR or pass the dist folder");
  process.exit(2);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

// 1. The loader. Quotes are optional: Trunk's minified HTML drops them.
const re = /<script type="?module"?([^>]*)>([\s\S]*?)<\/script>/g;
let n = 0;
html = html.replace(re, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
  const name = `loader-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  n += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (n === 0 && /<script(?![^>]*\ssrc=)[^>]*>[^<]/.test(html)) {
  console.error("post-build: an inline script remains that this hook does not understand");
  process.exit(1);
}

// 2. The glue: every `<name>.js` beside a `<name>_bg.wasm`.
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
let minified = 0;
for (const wasm of readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"))) {
  const js = wasm.replace(/_bg\.wasm$/, ".js");
  const path = join(dir, js);
  const before = readFileSync(path);
  const out = await minify(before.toString("utf8"), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) {
    console.error(`post-build: terser gave nothing for ${js}`);
    process.exit(1);
  }
  writeFileSync(path, out.code);
  const old = sri(before);
  if (!html.includes(old)) {
    console.error(`post-build: index.html does not carry the integrity hash of ${js}; refusing to leave it stale`);
    process.exit(1);
  }
  html = html.split(old).join(sri(Buffer.from(out.code)));
  minified += 1;
}

// 3. A stylesheet with an integrity hash must be fetched with CORS, or a sandboxed (opaque-origin)
// embed refuses it: add crossorigin="anonymous" where Trunk did not (attributes in any order).
html = html.replace(/<link\b[^>]*>/g, (tag) =>
  /\brel="?stylesheet"?/.test(tag) && /\bintegrity=/.test(tag) && !/\bcrossorigin\b/.test(tag)
    ? tag.replace(/^<link\b/, '<link crossorigin="anonymous"')
    : tag,
);
writeFileSync(file, html);

// 4. Precompressed copies; stale ones (a file that is gone) are removed.
let compressed = 0;
for (const f of readdirSync(dir)) {
  const path = join(dir, f);
  if (/\.(br|gz)$/.test(f)) {
    try { statSync(path.replace(/\.(br|gz)$/, "")); } catch { unlinkSync(path); }
    continue;
  }
  if (!statSync(path).isFile() || !compressible(f)) continue;
  const buf = readFileSync(path);
  writeFileSync(path + ".br", br(buf, f));
  writeFileSync(path + ".gz", gz(buf));
  compressed += 1;
}
console.log(`post-build: moved ${n} inline loader(s) to files, minified ${minified} script(s), precompressed ${compressed} files`);

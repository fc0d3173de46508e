// Trunk's post_build hook, run on the staged build before it replaces dist/:
// 1. moves the inline <script type="module"> loader that Trunk writes into index.html out to a
//    file, so the page's Content-Security-Policy can stay `script-src 'self'` with no
//    'unsafe-inline' and no hash to keep in step with each build;
// 2. minifies wasm-bindgen's JavaScript with terser (Trunk minifies only HTML and CSS): about
//    2 KiB gzip of the first load. Its integrity hash in index.html is recomputed to match;
// 3. marks the stylesheet for CORS (see below);
// 4. the offline copy (README "Offline"): adds www/offline.js, the switch that registers the
//    service worker, to the loader, and writes into sw.js the list of files it may keep;
// 5. writes a .br (brotli, highest quality) and a .gz (gzip -9) beside every text and wasm file,
//    for servers that send precompressed files (README "Serving"). Last, so they match the files;
// 6. (after 1.) the first screen before the wasm (README "Performance"): runs the native
//    `waymark prerender`, which renders the start screen for every language of this build from
//    src/first/ and the Fluent messages, puts the screens in the mount element, and links
//    www/first.js, filled with the build's languages and the default exit address, as a classic
//    script in <head>, right after the stylesheet: the two download together (before it, the
//    browser fetched the stylesheet only once the script had arrived: a round trip more before
//    the first paint, 0.5 s on a 400 ms line), and the script still runs before the body is read.
// Any surprise stops the build: a page that fails its own integrity check would be blank.
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { br, gz, compressible } from "./compress.mjs";

const www = join(dirname(fileURLToPath(import.meta.url)), "..", "www");

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("post-build: set TRUNK_STAGING_DIR or pass the dist folder");
  process.exit(2);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

// 1. The loader. Quotes are optional: Trunk's minified HTML drops them. The offline switch (4.)
// comes first, so that it listens before the widget starts (import declarations are hoisted);
// both are minified like the glue.
const re = /<script type="?module"?([^>]*)>([\s\S]*?)<\/script>/g;
const offlineSwitch = readFileSync(join(www, "offline.js"), "utf8").trim();
const terse = async (code, what, module = true) => {
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) {
    console.error(`post-build: terser gave nothing for ${what}`);
    process.exit(1);
  }
  return out.code;
};
let n = 0;
for (const [whole, attrs, body] of [...html.matchAll(re)]) {
  if (/\ssrc=/.test(attrs) || !body.trim()) continue;
  const code = await terse(`${offlineSwitch}\n${body.trim()}\n`, "the loader");
  const name = `loader-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code + "\n");
  n += 1;
  html = html.replace(whole, () => `<script type="module" src="./${name}"></script>`);
}
if (n === 0 && /<script(?![^>]*\ssrc=)[^>]*>[^<]/.test(html)) {
  console.error("post-build: an inline script remains that this hook does not understand");
  process.exit(1);
}

// 6. The first screen. The native CLI is built without WAYMARK_LOCALES (the full build the native
// tests use, so no rebuild each time); it is told the build's languages instead.
const only = (process.env.WAYMARK_LOCALES || "").trim();
const env = { ...process.env };
delete env.WAYMARK_LOCALES;
let pre;
try {
  const out = execFileSync("cargo", ["run", "-q", "--locked", "--bin", "waymark", "--", "prerender", ...(only ? [only] : [])], {
    cwd: join(www, ".."), env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26,
  });
  pre = JSON.parse(out);
} catch (e) {
  console.error(`post-build: \`waymark prerender\` failed: ${e.message}`);
  process.exit(1);
}
const mount = /<div id="?waymark"?>(<\/div>)/;
if (!mount.test(html) || !pre.screens.includes('class="wm-pre"')) {
  console.error("post-build: index.html has no empty <div id=\"waymark\"> for the first screen (or the screens are missing)");
  process.exit(1);
}
html = html.replace(mount, (whole, end) => whole.slice(0, -end.length) + pre.screens + end);
const firstSrc = readFileSync(join(www, "first.js"), "utf8");
const firstFilled = firstSrc
  .replace(/^  const LOCALES = \["en"\];$/m, `  const LOCALES = ${JSON.stringify(pre.locales)};`)
  .replace(/^  const EXIT = "";$/m, `  const EXIT = ${JSON.stringify(pre.default_exit_url)};`);
if (!firstFilled.includes(JSON.stringify(pre.locales)) || !firstFilled.includes(JSON.stringify(pre.default_exit_url))) {
  console.error("post-build: could not write the languages and the exit address into www/first.js");
  process.exit(1);
}
const firstCode = await terse(firstFilled, "www/first.js", false);
const firstName = `first-${createHash("sha256").update(firstCode).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, firstName), firstCode + "\n");
const stylesheet = /<link\b[^>]*\brel="?stylesheet"?[^>]*>/;
if (!stylesheet.test(html)) {
  console.error("post-build: no stylesheet link in index.html to put the first screen's script after");
  process.exit(1);
}
html = html.replace(stylesheet, (link) => `${link}<script src="./${firstName}"></script>`);

// 2. The glue: every `<name>.js` beside a `<name>_bg.wasm`.
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
let minified = 0;
for (const wasm of readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"))) {
  const js = wasm.replace(/_bg\.wasm$/, ".js");
  const path = join(dir, js);
  const before = readFileSync(path);
  const code = await terse(before.toString("utf8"), js);
  writeFileSync(path, code);
  const old = sri(before);
  if (!html.includes(old)) {
    console.error(`post-build: index.html does not carry the integrity hash of ${js}; refusing to leave it stale`);
    process.exit(1);
  }
  html = html.split(old).join(sri(Buffer.from(code)));
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
if (n !== 1 || !/TrunkApplicationStarted/.test(readdirSync(dir).filter((f) => f.startsWith("loader-")).map((f) => readFileSync(join(dir, f), "utf8")).join())) {
  console.error("post-build: expected one loader that announces TrunkApplicationStarted (the offline switch waits for it)");
  process.exit(1);
}

// 4. The files the offline copy may keep: the widget's own, not the embed example or the hosts'
// set-up page (embed-*, embed.html: host pages and their files) and not the worker itself. Their
// contents' hash names the cache.
const own = (f) => statSync(join(dir, f)).isFile() && !/^embed[-.]/.test(f) && f !== "sw.js" && !/\.(br|gz)$/.test(f);
const files = readdirSync(dir).filter(own).sort();
const version = createHash("sha256");
for (const f of files) version.update(f).update("\0").update(readFileSync(join(dir, f)));
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8");
const filled = sw
  .replace(/^const FILES = \[\];$/m, `const FILES = ${JSON.stringify(files)};`)
  .replace(/^const VERSION = "unbuilt";$/m, `const VERSION = "${version.digest("hex").slice(0, 16)}";`);
if (filled === sw || /FILES = \[\]|"unbuilt"/.test(filled) || !files.includes("index.html")) {
  console.error("post-build: could not write the offline file list into sw.js");
  process.exit(1);
}
writeFileSync(swPath, await terse(filled, "sw.js", false));

// 5. Precompressed copies; stale ones (a file that is gone) are removed.
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
console.log(`post-build: the first screen in ${pre.locales.length} language(s), moved ${n} inline loader(s) to files, minified ${minified} script(s), listed ${files.length} files for the offline copy, precompressed ${compressed} files`);

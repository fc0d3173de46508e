// What a first visit downloads, file by file, as a server sends it precompressed (brotli, and gzip
// for clients without brotli), against the budget: 200 KiB brotli, every shipped language included
// (issue #12; it was 200 KiB gzip). With --check, exits 1 over budget. Also reports the bytes each
// locale and pack embeds (issue #5; `waymark sizes`, from the native build), before compression.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { br, gz, compressible } from "./compress.mjs";

const BUDGET = 200 * 1024;
const dir = process.argv[2] || "dist";
const check = process.argv.includes("--check");
const kib = (n) => (n / 1024).toFixed(1).padStart(7) + " KiB";

// The size a server sends: the precompressed file the build wrote, or the same encoding computed
// here when it is missing; a file that is not compressible is sent as is.
function sent(f, buf, suffix, encode) {
  if (!compressible(f)) return buf.length;
  const p = join(dir, f + suffix);
  return existsSync(p) ? statSync(p).size : encode(buf, f).length;
}

// A first visit loads index.html and what it links: every file in dist except the embed example
// (embed-*: the host page's own files), the offline copy's worker (only with `offline` on, after
// the first screen), noscript.css (only without JavaScript, when nothing else but the page and the
// stylesheet is loaded) and the precompressed copies.
const all = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && !/\.(br|gz)$/.test(f));
const first = all.filter((f) => !f.startsWith("embed-") && f !== "sw.js" && f !== "noscript.css").sort();
const totals = { raw: 0, br: 0, gz: 0 };
const row = (s, f) => `  ${kib(s.br)} ${kib(s.gz)} ${kib(s.raw)}  ${f}`;
const measure = (f) => {
  const buf = readFileSync(join(dir, f));
  return { raw: buf.length, br: sent(f, buf, ".br", br), gz: sent(f, buf, ".gz", gz) };
};
console.log("first load, as sent:\n     brotli        gzip         raw");
for (const f of first) {
  const s = measure(f);
  for (const k in totals) totals[k] += s[k];
  console.log(row(s, f));
}
console.log(row(totals, `total; budget ${kib(BUDGET).trim()} brotli`));
if (all.includes("sw.js")) console.log(row(measure("sw.js"), "sw.js (only where a host turns `offline` on; after the first screen)"));
if (all.includes("noscript.css")) console.log(row(measure("noscript.css"), "noscript.css (only with JavaScript off: instead of the scripts)"));

let sizes = "";
try {
  sizes = execFileSync("cargo", ["run", "-q", "--locked", "--bin", "waymark", "--", "sizes"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch (e) {
  console.error(`size: could not run \`waymark sizes\` (${e.message}); the per-locale report is left out`);
}
if (sizes) {
  console.log("inside the wasm, as embedded (raw bytes; the native build's tables: the widget's packs are slimmer, and its first-screen words other than English come from the page):");
  for (const line of sizes.trim().split("\n")) {
    const [what, id, bytes] = line.split(" ");
    console.log(`  ${kib(Number(bytes))}  ${what === "messages" ? (id === "ids" ? "message ids" : `locale ${id}`) : `pack ${id}`}`);
  }
}
if (check && totals.br > BUDGET) {
  console.error(`size: the first load is ${kib(totals.br).trim()} brotli, over the ${kib(BUDGET).trim()} budget`);
  process.exit(1);
}

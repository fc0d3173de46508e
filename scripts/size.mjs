// What a first visit downloads, file by file, as a server sends it precompressed (brotli, and gzip
// for clients without brotli), against the budget: 200 KiB brotli, every shipped language included
// (issue #12; it was 200 KiB gzip). With --check, exits 1 over the line (below). Also reports what
// each locale and pack adds inside the wasm as embedded bytes (`waymark sizes` reads it from the
// build); brotli compresses them with the rest of the wasm.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { br, gz, compressible } from "./compress.mjs";

// The target of issue #12: 200 KiB brotli for a first visit with every shipped language. With ten
// languages and six packs it is NOT met (README "Size": measured 2026-11-29); `--ceiling KiB` sets
// the line `--check` enforces meanwhile, so that the first load cannot grow unnoticed, while the
// output keeps saying how far it is from the target. Without `--ceiling`, the target is the line
// (as for a host's build of the languages it serves, `make size-subset`).
const TARGET = 200 * 1024;
const dir = process.argv[2] || "dist";
const check = process.argv.includes("--check");
const ceilingArg = process.argv.indexOf("--ceiling");
const BUDGET = ceilingArg > 0 ? Number(process.argv[ceilingArg + 1]) * 1024 : TARGET;
if (!(BUDGET > 0)) {
  console.error("size: --ceiling needs a number of KiB, for example --ceiling 250");
  process.exit(2);
}
const kib = (n) => (n / 1024).toFixed(1).padStart(7) + " KiB";

// The size a server sends: the precompressed file the build wrote, or the same encoding computed
// here when it is missing; a file that is not compressible is sent as is.
function sent(f, buf, suffix, encode) {
  if (!compressible(f)) return buf.length;
  const p = join(dir, f + suffix);
  return existsSync(p) ? statSync(p).size : encode(buf, f).length;
}

// A first visit loads index.html and what it links: every file in dist except the embed example
// and the hosts' set-up page (embed-*, embed.html: host pages and their own files), the offline
// copy's worker (only with `offline` on, after the first screen), noscript.css (only without
// JavaScript, when nothing else but the page and the stylesheet is loaded) and the precompressed
// copies.
const all = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && !/\.(br|gz)$/.test(f));
const first = all.filter((f) => !/^embed[-.]/.test(f) && f !== "sw.js" && f !== "noscript.css").sort();
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
console.log(row(totals, `total; target ${kib(TARGET).trim()} brotli${BUDGET !== TARGET ? ` (not met), checked against the ceiling ${kib(BUDGET).trim()}` : ""}`));
if (all.includes("sw.js")) console.log(row(measure("sw.js"), "sw.js (only where a host turns `offline` on; after the first screen)"));
if (all.includes("noscript.css")) console.log(row(measure("noscript.css"), "noscript.css (only with JavaScript off: instead of the scripts)"));

let sizes = "";
try {
  sizes = execFileSync("cargo", ["run", "-q", "--locked", "--bin", "waymark", "--", "sizes"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch (e) {
  console.error(`size: could not run \`waymark sizes\` (${e.message}); the per-locale report is left out`);
}
if (sizes) {
  console.log("inside the wasm, as embedded (raw bytes, brotli shrinks them with the rest; the native build's tables: the widget's packs are slimmer, and its first-screen words other than English come from the page):");
  for (const line of sizes.trim().split("\n")) {
    const [what, id, bytes] = line.split(" ");
    console.log(`  ${kib(Number(bytes))}  ${what === "messages" ? (id === "ids" ? "message ids" : `locale ${id}`) : `pack ${id}`}`);
  }
}
if (check && totals.br > BUDGET) {
  console.error(`size: the first load is ${kib(totals.br).trim()} brotli, over the ${kib(BUDGET).trim()} ${BUDGET === TARGET ? "budget" : "ceiling"}`);
  process.exit(1);
}

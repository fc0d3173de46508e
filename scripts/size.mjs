// What a first visit downloads, file by file, gzip -9, against the budget (issue #2: 200 KiB).
// With --check, exits 1 over budget. Also reports each locale's share of the wasm (issue #5),
// measured as the gzip size of its FTL files, which are embedded in the wasm.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 200 * 1024;
const dir = process.argv[2] || "dist";
const check = process.argv.includes("--check");
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kib = (n) => (n / 1024).toFixed(1).padStart(7) + " KiB";

// A first visit loads index.html and what it links: every file in dist except the embed example
// (embed-*: the host page's own files).
const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && !f.startsWith("embed-"));
let total = 0;
console.log("first load (gzip -9):");
for (const f of files.sort()) {
  const buf = readFileSync(join(dir, f));
  const g = gz(buf);
  total += g;
  console.log(`  ${kib(g)}  ${f}  (${kib(buf.length).trim()} raw)`);
}
console.log(`  ${kib(total)}  total; budget ${kib(BUDGET).trim()}`);
const locales = readdirSync("locales").filter((d) => statSync(join("locales", d)).isDirectory());
console.log("each locale's messages inside the wasm (gzip -9 of its FTL files):");
for (const l of locales.sort()) {
  const text = readdirSync(join("locales", l)).filter((f) => f.endsWith(".ftl")).map((f) => readFileSync(join("locales", l, f))).join("");
  console.log(`  ${kib(gz(Buffer.from(text)))}  ${l}`);
}
if (check && total > BUDGET) {
  console.error(`size: the first load is ${kib(total).trim()}, over the ${kib(BUDGET).trim()} budget`);
  process.exit(1);
}

// What a first visit downloads, file by file, gzip -9, against the budget (issue #2: 200 KiB).
// With --check, exits 1 over budget. Also reports what each locale and pack costs inside the wasm
// (issue #5): they ship compressed by src/codec.rs, which gzip cannot shrink further, so their
// compressed size is their share of the first load (`waymark sizes` reads it from the build).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";

const BUDGET = 200 * 1024;
const dir = process.argv[2] || "dist";
const check = process.argv.includes("--check");
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kib = (n) => (n / 1024).toFixed(1).padStart(7) + " KiB";

// A first visit loads index.html and what it links: every file in dist except the embed example
// and the hosts' set-up page (embed-*, embed.html: host pages and their own files).
const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && !/^embed[-.]/.test(f));
let total = 0;
console.log("first load (gzip -9):");
for (const f of files.sort()) {
  const buf = readFileSync(join(dir, f));
  const g = gz(buf);
  total += g;
  console.log(`  ${kib(g)}  ${f}  (${kib(buf.length).trim()} raw)`);
}
console.log(`  ${kib(total)}  total; budget ${kib(BUDGET).trim()}`);
let sizes = "";
try {
  sizes = execFileSync("cargo", ["run", "-q", "--locked", "--bin", "waymark", "--", "sizes"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch (e) {
  console.error(`size: could not run \`waymark sizes\` (${e.message}); the per-locale report is left out`);
}
if (sizes) {
  console.log("inside the wasm, compressed (src/codec.rs):");
  for (const line of sizes.trim().split("\n")) {
    const [what, id, bytes] = line.split(" ");
    console.log(`  ${kib(Number(bytes))}  ${what === "messages" ? (id === "ids" ? "message ids" : `locale ${id}`) : `pack ${id}`}`);
  }
}
if (check && total > BUDGET) {
  console.error(`size: the first load is ${kib(total).trim()}, over the ${kib(BUDGET).trim()} budget`);
  process.exit(1);
}

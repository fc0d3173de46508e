// Runs every browser test file (tests/browser/*.test.mjs) with Node's built-in test runner, one
// file at a time (each starts its own server and Chromium). Needs dist/ (make dist).
import { readdirSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, "..", "..", "dist", "index.html"))) {
  console.error("browser tests: dist/index.html is missing; run `make dist` first");
  process.exit(2);
}
const files = readdirSync(here).filter((f) => f.endsWith(".test.mjs")).sort().map((f) => join(here, f));
const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);

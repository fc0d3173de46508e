// A host's build with only some languages (WAYMARK_LOCALES="ar fa", made by `make size-subset`):
// the picker offers exactly English, Arabic and Farsi, another language asked for by the host is
// refused with a clear message, and a walk still reaches results.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { start, stop, open, walk, paths, ready, DIST } from "./harness.mjs";

const SUBSET = join(DIST, "..", "dist-subset");
let env;
before(async () => {
  assert.ok(existsSync(join(SUBSET, "index.html")), "dist-subset/ is built by `make size-subset` before the browser tests");
  env = await start(SUBSET);
});
after(async () => { await stop(env); });

test("a build with Arabic and Farsi offers exactly English, Arabic and Farsi", async () => {
  const s = await open(env);
  const codes = await s.page.getByTestId("lang").locator("option").evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(codes.sort(), ["ar", "en", "fa"]);
  await walk(s.page, { location: "host", wish: "return", countries: { host: "other", origin: "AF" } });
  await s.page.getByTestId("see-results").click();
  assert.ok((await paths(s.page)).length > 0);
  await s.context.close();
});

test("a language left out of the build is refused as a host option, naming what is allowed", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on("console", (m) => warnings.push(m.text()));
  await page.goto(env.base + "?lang=fr");
  await ready(page);
  assert.equal(await page.getByTestId("config-problem").count(), 1);
  assert.ok(warnings.some((w) => w.includes("`lang`") && w.includes("en, ar, fa")), warnings.join("\n"));
  await context.close();
});

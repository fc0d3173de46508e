// Issue #4: no request after load, a strict and self-locking CSP, nothing stored, quick exit (button,
// skip link, Shift x3) that leaves no way back to the answers, the sandboxed-iframe embed, and
// host options checked with safe defaults.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, open, walk, paths, cont, questionId, text, ready, EXIT_URL, DIST } from "./harness.mjs";
import { CSP_HEADER } from "../../scripts/serve.mjs";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

function noRequestsAfterLoad(t, s) {
  const late = s.requests.filter((r) => r.at > s.loadedAt).map((r) => r.url);
  assert.deepEqual(late, [], "no request after the widget has started");
  const outside = s.requests.filter((r) => !r.url.startsWith("http://127.0.0.1:") && !r.url.startsWith("data:")).map((r) => r.url);
  assert.deepEqual(outside, [], "no request outside 127.0.0.1");
  assert.deepEqual(s.exits, [], "nothing reached the exit page");
}

const WALKS = [
  { respondent: "self", location: "host", countries: { host: "DE", origin: "SY" }, wish: "return", screening: ["pressure=yes", "health_needs=yes"], age_band: "27_59", tailor: "yes", restart_needs: ["restart_needs=job"] },
  { respondent: "counsellor", location: "transit", countries: { host: "GT", origin: "HN" }, wish: "unsure", capacity_concern: "yes", screening: ["stranded=yes"], age_band: "15_17", with_guardian: "no" },
  { respondent: "helper", location: "origin", countries: { origin: "GT" }, return_mode: "forced", remigrate_soon: "yes", tailor: "no" },
];

for (const [i, answers] of WALKS.entries()) {
  test(`walk ${i + 1}: no request leaves once the widget has started, through the walk, a language switch and printing`, async (t) => {
    const s = await open(env);
    const historyAtStart = await s.page.evaluate(() => history.length);
    await walk(s.page, answers);
    await s.page.getByTestId("see-results").click();
    await paths(s.page);
    await s.page.getByTestId("lang").selectOption("fr");
    await s.page.getByTestId("lang").selectOption("en");
    await s.page.emulateMedia({ media: "print" });
    await s.page.evaluate(() => window.print());
    await s.page.emulateMedia({ media: "screen" });
    await s.page.waitForTimeout(300);
    noRequestsAfterLoad(t, s);
    assert.equal(new URL(s.page.url()).search + new URL(s.page.url()).hash, "", "answers never reach the URL");
    // Back moves between the widget's screens (issue 11): each entry is at the same address and
    // holds only a number, never an answer. Walk back through every one of them.
    const address = s.page.url();
    const entries = (await s.page.evaluate(() => history.length)) - historyAtStart;
    assert.ok(entries > 5, `one entry per screen (${entries})`);
    for (let i = 0; i < entries; i++) {
      const st = await s.page.evaluate(() => history.state);
      assert.deepEqual(Object.keys(st ?? {}), ["waymark"], `entry ${i}: ${JSON.stringify(st)}`);
      assert.equal(typeof st.waymark, "number");
      assert.equal(s.page.url(), address, "the address never changes");
      await s.page.evaluate(() => history.back());
      await s.page.waitForTimeout(30);
    }
    noRequestsAfterLoad(t, s);
    await s.context.close();
  });
}

test("the page carries a strict Content-Security-Policy, and the host header adds frame-ancestors", async () => {
  const s = await open(env);
  const metas = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((m) => m.map((x) => x.content));
  const csp = metas[0];
  for (const d of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "object-src 'none'"]) {
    assert.ok(csp.includes(d), `${d} in ${csp}`);
  }
  assert.ok(!metas.join().includes("unsafe-inline"), "no 'unsafe-inline'");
  assert.match(csp, /connect-src 'self'/);
  assert.ok(metas.some((m) => m.trim() === "connect-src 'none'"), "the widget locked connections after boot");
  const inline = await s.page.locator("script:not([src])").count();
  assert.equal(inline, 0, "no inline script");
  const res = await fetch(env.base);
  assert.equal(res.headers.get("content-security-policy"), CSP_HEADER);
  assert.match(CSP_HEADER, /frame-ancestors/);
  await s.context.close();
});

test("a fetch after boot is blocked by the page's own lock", async () => {
  const s = await open(env);
  const result = await s.page.evaluate(async () => {
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
    let blocked = false;
    try { await fetch("/index.html"); } catch { blocked = true; }
    await new Promise((r) => setTimeout(r, 100));
    return { blocked, seen };
  });
  assert.ok(result.blocked, "fetch was refused");
  assert.ok(result.seen.includes("connect-src"), `a connect-src violation was reported: ${result.seen}`);
  await s.context.close();
});

/// Everything a page can leave in the browser, counted; `cacheKeys` lists the Cache Storage entries.
const storedIn = (page) => page.evaluate(async () => {
  const cacheKeys = {};
  for (const name of await caches.keys()) cacheKeys[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
  return {
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cacheKeys,
    sw: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    cookie: document.cookie,
  };
});
const NOTHING = { local: 0, session: 0, idb: 0, cacheKeys: {}, sw: [], cookie: "" };

for (const option of ["", "?offline=off"]) {
  test(`after a walk nothing is stored: no cookie, storage, database, cache or service worker (${option || "no offline option"})`, async () => {
    const s = await open(env, { path: option });
    await walk(s.page, WALKS[0]);
    await s.page.getByTestId("see-results").click();
    await paths(s.page);
    // The offline switch runs when the widget has started; give a registration time to show.
    await s.page.waitForTimeout(300);
    assert.deepEqual(await s.context.cookies(), []);
    assert.deepEqual(await storedIn(s.page), NOTHING);
    assert.equal(await s.page.locator("html").getAttribute("data-waymark-offline"), "off");
    await s.context.close();
  });
}

/// The files the offline copy may keep, as the build listed them in sw.js.
function offlineFiles() {
  const m = readFileSync(join(DIST, "sw.js"), "utf8").match(/\bFILES ?= ?(\[[^\]]*\])/);
  assert.ok(m, "dist/sw.js lists its files");
  return JSON.parse(m[1]);
}

test("the offline copy lists exactly the widget's own static files", () => {
  // (Not the embed example or the hosts' set-up page: host pages and their files.)
  const own = readdirSync(DIST).filter((f) => !/\.(br|gz)$/.test(f) && !/^embed[-.]/.test(f) && f !== "sw.js").sort();
  assert.deepEqual(offlineFiles(), own);
  assert.ok(own.includes("index.html") && own.some((f) => f.endsWith(".wasm")));
});

test("with offline on, only the widget's static files are kept, and a second visit with no network shows the start screen", async () => {
  const s = await open(env, { path: "?offline=on" });
  const all = [];
  s.context.on("request", (r) => all.push({ url: r.url(), at: Date.now() }));
  await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 8000 });
  // The page's lock holds with the worker in place: a fetch is refused before the worker sees it.
  assert.equal(await s.page.evaluate(() => fetch("index.html").then(() => "sent", () => "refused")), "refused");
  await walk(s.page, WALKS[0]);
  await s.page.getByTestId("see-results").click();
  await paths(s.page);
  await s.page.waitForTimeout(300);

  const files = offlineFiles();
  const stored = await storedIn(s.page);
  const names = Object.keys(stored.cacheKeys);
  assert.equal(names.length, 1, `one cache: ${names}`);
  assert.match(names[0], /^waymark-[0-9a-f]{16}$/);
  assert.deepEqual(stored.cacheKeys[names[0]].sort(), files.map((f) => env.base + f).sort(), "the cache holds the static files and nothing else");
  assert.deepEqual({ ...stored, cacheKeys: {} }, { ...NOTHING, sw: [env.base] }, "nothing else is stored");
  assert.deepEqual(await s.context.cookies(), []);
  // After the first screen, only the worker and the files it keeps are fetched, nothing else.
  const late = all.filter((r) => r.at > s.loadedAt).map((r) => r.url.slice(env.base.length));
  for (const f of late) assert.ok(f === "sw.js" || files.includes(f), `no other request after the widget has started: ${f}`);
  noRequestsAfterLoad(null, { ...s, requests: s.requests.filter((r) => !late.includes(r.url.slice(env.base.length))) });

  // The safety page says what the copy means.
  await s.page.getByTestId("start-again").click();
  await s.page.getByTestId("restart-yes").click();
  await s.page.getByTestId("safety-link").click();
  assert.match(await text(s.page.locator("main")), /keeps a copy of this tool/);

  // A second visit with no network at all.
  await s.context.setOffline(true);
  const page = await s.context.newPage();
  page.setDefaultTimeout(8000);
  const res = await page.goto(env.base + "?offline=on");
  assert.ok(res.fromServiceWorker(), "the page came from the offline copy");
  await ready(page);
  await page.getByTestId("start").waitFor();
  await page.getByTestId("start").click();
  assert.ok(await questionId(page), "the questions work offline");
  // Quick exit still leaves.
  await page.getByTestId("exit").click();
  await page.waitForURL(EXIT_URL, { timeout: 2000 });
  await s.context.setOffline(false);

  // The host turns it off again: the next visit removes the copy.
  const off = await s.context.newPage();
  await off.goto(env.base);
  await ready(off);
  await off.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0, null, { timeout: 8000, polling: 100 });
  assert.deepEqual(await storedIn(off), NOTHING);
  await s.context.close();
});

test("the offline copy is never set up inside a frame, sandboxed or not", async () => {
  const context = await env.browser.newContext();
  await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const warnings = [];
  page.on("console", (m) => warnings.push(m.text()));
  await page.goto(env.base + "embed-example.html");
  await page.evaluate(() => {
    for (const [id, sandbox] of [["plain", null], ["sandboxed", "allow-scripts"]]) {
      const f = document.createElement("iframe");
      f.id = id;
      if (sandbox) f.setAttribute("sandbox", sandbox);
      f.src = "./index.html?offline=on";
      document.body.append(f);
    }
  });
  for (const id of ["plain", "sandboxed", "waymark-frame"]) await page.frameLocator(`#${id}`).locator("meta[data-waymark-lock]").waitFor({ state: "attached" });
  await page.waitForTimeout(500);
  assert.equal(await page.frameLocator("#plain").locator("html").getAttribute("data-waymark-offline"), "off");
  assert.ok(warnings.some((w) => w.includes("option `offline` is ignored in a frame")), `the console says why: ${warnings}`);
  assert.equal(await page.frameLocator("#plain").getByTestId("config-problem").count(), 0, "not a bad value");
  assert.deepEqual(await page.evaluate(async () => ({
    sw: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
  })), { sw: 0, caches: 0 });
  await context.close();
});

async function answeredSomething(page) {
  await walk(page, WALKS[0]);
  await page.getByTestId("see-results").click();
  await paths(page);
}

test("quick exit by the button leaves within a second, and Back does not show the answers", async () => {
  const s = await open(env);
  await answeredSomething(s.page);
  const t0 = Date.now();
  await s.page.getByTestId("exit").click();
  await s.page.waitForURL(EXIT_URL, { timeout: 1000 });
  assert.ok(Date.now() - t0 < 1000, "left within a second");
  await s.page.goBack().catch(() => {});
  assert.equal(await s.page.getByTestId("results").count(), 0, "Back does not show the results");
  assert.equal(await s.page.getByTestId("path").count(), 0);
  await s.context.close();
});

test("quick exit by Shift pressed three times, announced as it counts, and never asks", async () => {
  const s = await open(env);
  // Answers wiped first, so the browser's "leave this page?" never comes (both the widget and the
  // first screen's script count Shift presses: only one may leave).
  const asked = [];
  s.page.on("dialog", async (d) => { asked.push(d.type()); await d.accept(); });
  await answeredSomething(s.page);
  await s.page.keyboard.press("Shift");
  assert.match(await text(s.page.getByTestId("exit-status")), /2 more times/);
  await s.page.keyboard.press("Shift");
  assert.match(await text(s.page.getByTestId("exit-status")), /1 more time\b/);
  const t0 = Date.now();
  await s.page.keyboard.press("Shift");
  await s.page.waitForURL(EXIT_URL, { timeout: 1000 });
  assert.ok(Date.now() - t0 < 1000);
  assert.deepEqual(asked, [], "quick exit does not ask");
  await s.page.goBack().catch(() => {});
  assert.equal(await s.page.getByTestId("results").count(), 0);
  await s.context.close();
});

test("the skip link for assistive technology leaves too", async () => {
  const s = await open(env);
  await s.page.keyboard.press("Tab");
  assert.equal(await s.page.evaluate(() => document.activeElement.dataset.testid), "exit-skip", "first Tab reaches the skip link");
  await s.page.keyboard.press("Enter");
  await s.page.waitForURL(EXIT_URL, { timeout: 1000 });
  await s.context.close();
});

test("before the first sensitive question an interruption explains quick exit, and the safety page explains private browsing", async () => {
  const s = await open(env);
  await s.page.getByTestId("start").click();
  for (let i = 0; i < 12 && !(await s.page.getByTestId("safety-interruption").count()); i++) {
    const qid = await questionId(s.page);
    if (qid === "countries") {
      await s.page.getByTestId("host-country").selectOption("other");
      await s.page.getByTestId("origin-country").selectOption("_prefer_not");
    } else {
      await s.page.locator(`input[name="${qid}"]`).first().check();
    }
    await cont(s.page);
  }
  const box = s.page.getByTestId("safety-interruption");
  assert.match(await text(box), /Leave this page/);
  assert.match(await text(box), /Shift/);
  await cont(s.page);
  assert.ok(await questionId(s.page), "the sensitive question follows");
  await s.context.close();
  const s2 = await open(env);
  await s2.page.getByTestId("safety-link").click();
  assert.match(await text(s2.page.locator("main")), /private window/);
  await s2.context.close();
});

test("Start again leaves no answer visible anywhere", async () => {
  const s = await open(env);
  await walk(s.page, { ...WALKS[0], countries: { host: "other", origin: "ER" } });
  await s.page.getByTestId("see-results").click();
  await paths(s.page);
  await s.page.getByTestId("start-again").click();
  await s.page.getByTestId("restart-yes").click();
  const html = await s.page.content();
  assert.ok(!html.includes("Eritrea") && !html.includes("Someone is pushing me"), "no earlier answer in the page");
  await s.page.getByTestId("start").click();
  assert.equal(await s.page.locator("input:checked").count(), 0);
  await s.context.close();
});

test("embedded in a sandboxed iframe: the widget works, stores nothing, and quick exit leaves the host page", async () => {
  for (const how of ["button", "shift"]) {
    const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
    await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(env.base + "embed-example.html");
    const frame = page.frameLocator("#waymark-frame");
    await frame.getByTestId("start").click();
    await frame.locator('input[name="respondent"][value="self"]').check();
    await frame.getByTestId("continue").click();
    await frame.locator('input[name="location"]').first().waitFor();
    const stored = await page.frames()[1].evaluate(() => {
      try { return localStorage.length; } catch (e) { return e.name; }
    });
    assert.equal(stored, "SecurityError", "the sandbox forbids storage");
    const t0 = Date.now();
    if (how === "button") {
      await frame.getByTestId("exit").click();
    } else {
      await frame.locator('input[name="location"]').first().focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    }
    // The widget both navigates the top page and asks the host to (the browser may allow only one),
    // so one navigation may abort the other: poll the address rather than wait for one load.
    while (page.url() !== EXIT_URL && Date.now() - t0 < 1000) await new Promise((r) => setTimeout(r, 20));
    assert.equal(page.url(), EXIT_URL, `${how}: the host page left`);
    assert.ok(Date.now() - t0 < 1000, `${how}: the host page left within a second`);
    await context.close();
  }
});

test("bad host options are refused with a message on the page and in the console; the widget still works", async () => {
  for (const [q, option] of [["?exit_url=http%3A%2F%2Fexample.org", "exit_url"], ["?lang=xx", "lang"], ["?pack=zz", "pack"], ["?exit_url=javascript%3Aalert(1)", "exit_url"]]) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on("console", (m) => warnings.push(m.text()));
    await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
    await page.goto(env.base + q);
    await ready(page);
    assert.match(await text(page.getByTestId("config-problem")), /safe default/, q);
    assert.ok(warnings.some((w) => w.includes(`option \`${option}\``) && w.includes("allowed")), `${q}: console names the option: ${warnings}`);
    await page.getByTestId("exit").click();
    await page.waitForURL(EXIT_URL, { timeout: 2000 });
    await context.close();
  }
  const s = await open(env, { path: "?lang=ar&exit_url=https%3A%2F%2Fexample.org%2Fnews" });
  assert.equal(await s.page.getByTestId("config-problem").count(), 0);
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("dir"), "rtl");
  await s.page.getByTestId("exit").click();
  await s.page.waitForURL("https://example.org/news", { timeout: 1000 });
  await s.context.close();
});

test("a host's window.waymarkOptions object is read; a value that is not a string is refused by name", async () => {
  const run = async (options) => {
    const context = await env.browser.newContext();
    await context.addInitScript((o) => { window.waymarkOptions = o; }, options);
    await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
    const page = await context.newPage();
    const warnings = [];
    page.on("console", (m) => warnings.push(m.text()));
    await page.goto(env.base);
    await ready(page);
    return { context, page, warnings };
  };
  const good = await run({ lang: "fr", exit_url: "https://example.org/news" });
  assert.equal(await good.page.getByTestId("waymark-root").getAttribute("lang"), "fr");
  assert.equal(await good.page.getByTestId("config-problem").count(), 0);
  assert.deepEqual(good.warnings.filter((w) => w.startsWith("waymark")), [], "no warning of ours");
  await good.page.getByTestId("exit").click();
  await good.page.waitForURL("https://example.org/news", { timeout: 1000 });
  await good.context.close();

  for (const [options, says] of [[{ lang: 5 }, "waymarkOptions.lang"], ["fr", "object of strings"], [["fr"], "object of strings"]]) {
    const bad = await run(options);
    assert.match(await text(bad.page.getByTestId("config-problem")), /safe default/, JSON.stringify(options));
    assert.ok(bad.warnings.some((w) => w.includes(says)), `${JSON.stringify(options)}: the console says ${says}: ${bad.warnings}`);
    assert.equal(await bad.page.getByTestId("waymark-root").getAttribute("lang"), "en");
    await bad.context.close();
  }
});

test("a host's theme, logo and referral directory add no request and store nothing, through a walk, printing and Back", async (t) => {
  const logo = "data:image/svg+xml;base64," + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>').toString("base64");
  const options = {
    theme: { text: "#1a1a1a", background: "#ffffff", accent: "#6a1b9a", logo },
    referrals: [{ name: "Beratung", helps_with: ["protection", "return"], phone: "+49 30 1234", website: "https://beratung.example.org/" }],
  };
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript((o) => { window.waymarkOptions = o; }, options);
  const requests = [];
  const page = await context.newPage();
  page.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  await page.goto(env.base);
  // Requests are counted from the widget's start (the start screen is in the HTML before it).
  await ready(page);
  const s = { requests, exits: [], loadedAt: Date.now() };
  await walk(page, WALKS[0]);
  await page.getByTestId("see-results").click();
  await paths(page);
  assert.ok((await page.getByTestId("contact").count()) > 0, "the directory shows");
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.print());
  await page.emulateMedia({ media: "screen" });
  await page.goBack();
  await page.waitForTimeout(200);
  noRequestsAfterLoad(t, s);
  const stored = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length, cookie: document.cookie }));
  assert.deepEqual(stored, { local: 0, session: 0, idb: 0, cookie: "" });
  assert.equal(new URL(page.url()).search + new URL(page.url()).hash, "", "no option or answer reaches the address");
  await context.close();
});

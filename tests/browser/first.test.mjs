// Issue #12, item 1: the start screen is in the HTML, in the person's language, before the wasm;
// the widget takes it over without a change or a shift; a press on Start or a language chosen
// before the wasm is ready is kept (with an announced loading state); quick exit works before the
// wasm; without JavaScript the page still says what the tool is and where to find help. The wasm
// is held back by the test (page.route) to see the page before it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { start, stop, ready, text, EXIT_URL, DIST } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

/// A page whose wasm is held until `release()`: only the HTML, the CSS and the scripts run.
async function held({ locale = "en-GB", path = "", viewport = { width: 360, height: 740 }, voice = null } = {}) {
  const context = await env.browser.newContext({ viewport, locale });
  // A device voice of its own for the language (the widget then offers read aloud).
  if (voice) {
    await context.addInitScript((lang) => {
      const synth = new EventTarget();
      synth.getVoices = () => [{ name: "device", lang, localService: true, default: true, voiceURI: "device" }];
      synth.speak = () => {};
      synth.cancel = () => {};
      Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    }, voice);
  }
  const exits = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, async (route) => {
    exits.push(route.request().url());
    await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>exit</title>" });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  let release;
  const gate = new Promise((r) => { release = r; });
  let wasmAsked = 0;
  await page.route(/\.wasm$/, async (route) => {
    wasmAsked += 1;
    await gate;
    await route.continue();
  });
  await page.goto(env.base + path, { waitUntil: "domcontentloaded" });
  await page.locator(".wm-pre h1").waitFor();
  return { context, page, exits, errors, release, wasmAsked: () => wasmAsked };
}

/// The element tree under `selector` as data: tag, attributes (sorted), and children, with the
/// text of adjacent text nodes joined and empty texts and comments left out.
const tree = (page, selector) => page.evaluate((selector) => {
  const walk = (n) => {
    const kids = [];
    let txt = "";
    const flush = () => { if (txt.trim()) kids.push(txt); txt = ""; };
    for (const c of n.childNodes) {
      if (c.nodeType === 3) txt += c.nodeValue;
      else if (c.nodeType === 1) { flush(); kids.push(walk(c)); }
    }
    flush();
    const attrs = [...n.attributes].map((a) => `${a.name}=${a.value}`).sort();
    return [n.tagName.toLowerCase(), attrs, kids];
  };
  return walk(document.querySelector(selector));
}, selector);

const boxes = (page) => page.evaluate(() => Object.fromEntries(
  ["h1", '[data-testid="start"]', '[data-testid="exit"]', '[data-testid="lang"]', ".notice.private"].map((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return [s, [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10)];
  })));

for (const [locale, lang, dir] of [["de-DE", "de", "ltr"], ["ar-EG", "ar", "rtl"]]) {
  test(`the start screen is in the HTML in the browser's language (${lang}), and the widget takes it over unchanged and unmoved`, async () => {
    const s = await held({ locale });
    // Before the wasm: one screen, in the person's language, and no wasm has run.
    assert.deepEqual(await s.page.locator(".wm-pre").evaluateAll((es) => es.map((e) => e.lang)), [lang]);
    const root = s.page.locator(".wm-pre > .waymark");
    assert.equal(await root.getAttribute("lang"), lang);
    assert.equal(await root.getAttribute("dir"), dir);
    assert.equal(await s.page.locator("meta[data-waymark-lock]").count(), 0, "the widget has not started");
    assert.ok(await s.page.locator(".wm-pre h1").isVisible());
    const pre = await tree(s.page, ".wm-pre > .waymark");
    const preBoxes = await boxes(s.page);
    const preText = await text(s.page.locator(".wm-pre"));
    s.release();
    await ready(s.page);
    assert.equal(await s.page.locator(".wm-pre").count(), 0, "the pre-rendered screen is gone");
    const live = await tree(s.page, "#waymark > .waymark");
    assert.deepEqual(live, pre, "the live start screen has the pre-rendered one's elements, attributes and words");
    assert.deepEqual(await boxes(s.page), preBoxes, "heading, Start, Leave, the language list and the notice did not move");
    assert.equal(await text(s.page.locator("#waymark")), preText);
    assert.equal(await s.page.getByTestId("waymark-root").count(), 1);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });
}

test("on a device with a voice for the language, the read-aloud switch comes below the start page: nothing moves when the widget takes over", async () => {
  for (const [locale, voice] of [["en-GB", "en-GB"], ["ar-EG", "ar-EG"]]) {
    const s = await held({ locale, voice });
    const preBoxes = await boxes(s.page);
    s.release();
    await ready(s.page);
    await s.page.getByTestId("read-aloud-toggle").waitFor();
    assert.deepEqual(await boxes(s.page), preBoxes, `${locale}: heading, Start, Leave, the list and the notice did not move`);
    const below = await s.page.evaluate(() =>
      document.querySelector('[data-testid="read-aloud-toggle"]').getBoundingClientRect().top > document.querySelector('[data-testid="start"]').getBoundingClientRect().top);
    assert.ok(below, `${locale}: the switch is below Start`);
    // From the first question on, the switch is the first thing on the screen.
    await s.page.getByTestId("start").click();
    await s.page.getByTestId("question").waitFor();
    assert.equal(await s.page.evaluate(() => document.querySelector("main .screen").firstElementChild.className), "read-toggle");
    assert.deepEqual(s.errors, []);
    await s.context.close();
  }
});

test("the first screen's script is an external classic script in <head>, after the stylesheet, under the strict policy", async () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const head = html.split("<body")[0];
  const first = head.match(/<script src="?\.\/(first-[0-9a-f]{16}\.js)"?><\/script>/);
  assert.ok(first, "a first-*.js script in <head>");
  assert.ok(head.indexOf(first[0]) > head.search(/rel="?stylesheet/), "after the stylesheet link, so the two download together");
  assert.ok(readdirSync(DIST).includes(first[1]));
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>[^<]/, "no inline script");
  assert.doesNotMatch(html, /unsafe-inline/);
  assert.match(html, /script-src 'self' 'wasm-unsafe-eval';/);
});

test("a press on Start before the wasm is ready is kept: the loading state is shown and announced, then the first question opens", async () => {
  const s = await held({ locale: "fr-FR" });
  await s.page.locator('.wm-pre [data-testid="start"]').click();
  const box = s.page.locator('.wm-pre [data-testid="loading"]');
  assert.equal(await box.getAttribute("role"), "status", "a live region, present before the text comes");
  await s.page.waitForFunction(() => document.querySelector('.wm-pre [data-testid="loading"]').textContent.length > 0);
  const words = await box.innerText();
  assert.equal(words, await box.getAttribute("data-text"));
  assert.match(words, /questions/, "in French, from the messages");
  assert.ok(await box.isVisible());
  assert.equal(await s.page.locator("html").getAttribute("data-waymark-pending"), "start");
  s.release();
  await ready(s.page);
  await s.page.getByTestId("question").waitFor();
  assert.equal(await s.page.getByTestId("question").getAttribute("data-question-id"), "respondent");
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("lang"), "fr");
  assert.equal(await s.page.locator("html").getAttribute("data-waymark-pending"), null, "the mark is read once");
  await s.page.waitForFunction(() => document.activeElement && document.activeElement.id === "main-heading");
  await s.context.close();
});

test("the safety link pressed before the wasm opens the safety page when it is ready", async () => {
  const s = await held();
  await s.page.locator('.wm-pre [data-testid="safety-link"]').click();
  s.release();
  await ready(s.page);
  await s.page.getByTestId("back").waitFor();
  assert.match(await text(s.page.locator("main")), /private window/);
  await s.context.close();
});

test("a language chosen before the wasm shows at once and is kept when the widget takes over", async () => {
  const s = await held({ locale: "en-GB" });
  const en = await s.page.locator(".wm-pre h1").innerText();
  await s.page.locator('.wm-pre [data-testid="lang"]').selectOption("fa");
  assert.equal(await s.page.locator(".wm-pre").getAttribute("lang"), "fa");
  assert.equal(await s.page.locator(".wm-pre > .waymark").getAttribute("dir"), "rtl");
  const fa = await s.page.locator(".wm-pre h1").innerText();
  assert.notEqual(fa, en);
  assert.equal(await s.page.evaluate(() => document.activeElement.dataset.testid), "lang", "the list keeps the focus");
  await s.page.locator('.wm-pre [data-testid="start"]').click();
  s.release();
  await ready(s.page);
  await s.page.getByTestId("question").waitFor();
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("lang"), "fa");
  assert.equal(await s.page.getByTestId("lang").inputValue(), "fa");
  await s.context.close();
});

test("every language's first-screen words reach the widget from the page, and a language switch keeps the focus on the list", async () => {
  // The widget ships these words only in English and reads the others from the pre-rendered
  // screens (src/first/words.rs): each language, switched to after the widget took over, shows
  // the words the build rendered for it.
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const s = await held({ locale: "en-GB" });
  s.release();
  await ready(s.page);
  for (const lang of ["ar", "de", "es", "fa", "fr", "pt", "ru", "tr", "uk", "en"]) {
    const copy = html.match(new RegExp(`<div class="wm-pre" lang="${lang}">([\\s\\S]*?)</main></div></div>`))[1];
    const words = (testid) => copy.match(new RegExp(`data-testid="${testid}"[^>]*>([^<]*)<`))[1];
    const heading = copy.match(/<h1[^>]*>([^<]*)</)[1];
    await s.page.getByTestId("lang").focus();
    await s.page.getByTestId("lang").selectOption(lang);
    await s.page.waitForFunction((l) => document.querySelector('[data-testid="waymark-root"]').lang === l, lang);
    assert.equal(await s.page.locator("h1").innerText(), heading, `${lang}: the heading`);
    assert.equal(await s.page.getByTestId("exit").innerText(), words("exit"), `${lang}: Leave this page`);
    assert.equal(await s.page.getByTestId("start").innerText(), words("start"), `${lang}: Start`);
    await s.page.waitForFunction(() => document.activeElement && document.activeElement.dataset.testid === "lang");
  }
  await s.context.close();
});

test("a keyboard user's focus on the pre-rendered screen passes to the live one", async () => {
  const s = await held();
  await s.page.locator('.wm-pre [data-testid="exit"]').focus();
  s.release();
  await ready(s.page);
  assert.equal(await s.page.evaluate(() => document.activeElement.dataset.testid), "exit");
  assert.equal(await s.page.evaluate(() => !!document.activeElement.closest(".wm-pre")), false);
  await s.context.close();
});

test("quick exit works before the wasm: the button, the skip link and Shift three times, to the host's address when it passes the check", async () => {
  for (const [how, path, where] of [
    ["button", "", EXIT_URL],
    ["skip", "", EXIT_URL],
    ["shift", "?exit_url=https%3A%2F%2Fexample.org%2Fnews", "https://example.org/news"],
    ["button", "?exit_url=http%3A%2F%2Fexample.org%2F", EXIT_URL],
    ["button", "?exit_url=javascript%3Aalert(1)", EXIT_URL],
  ]) {
    const s = await held({ path, locale: "ar-EG" });
    const t0 = Date.now();
    if (how === "button") await s.page.locator('.wm-pre [data-testid="exit"]').click();
    else if (how === "skip") {
      await s.page.keyboard.press("Tab");
      assert.equal(await s.page.evaluate(() => document.activeElement.dataset.testid), "exit-skip", "the first Tab reaches the skip link");
      await s.page.keyboard.press("Enter");
    } else for (let i = 0; i < 3; i++) await s.page.keyboard.press("Shift");
    await s.page.waitForURL(where, { timeout: 1000 });
    assert.ok(Date.now() - t0 < 1000, `${how} ${path}: left within a second`);
    assert.equal(await s.page.locator("meta[data-waymark-lock]").count(), 0, "the wasm never ran");
    await s.context.close();
  }
});

test("before the wasm, Shift+Tab is not the quick-exit shortcut either (only Shift pressed alone counts)", async () => {
  const s = await held({ locale: "en-GB" });
  let left = false;
  s.page.on("framenavigated", (f) => { if (f === s.page.mainFrame() && !f.url().startsWith(env.base)) left = true; });
  await s.page.locator('.wm-pre [data-testid="start"]').focus();
  for (let i = 0; i < 4; i++) await s.page.keyboard.press("Shift+Tab");
  await s.page.waitForTimeout(300);
  assert.equal(left, false, "four Shift+Tab presses left the page");
  assert.deepEqual(s.exits, []);
  // Shift alone still leaves, after the Shift+Tabs.
  for (let i = 0; i < 3; i++) await s.page.keyboard.press("Shift");
  await s.page.waitForURL(EXIT_URL, { timeout: 1000 });
  assert.equal(await s.page.locator("meta[data-waymark-lock]").count(), 0, "the wasm never ran");
  await s.context.close();
});

test("without JavaScript the page says what the tool is and where to find help, and shows no control that cannot work", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: "fr-FR" });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  await page.goto(env.base);
  const h1 = page.locator("h1:visible");
  assert.equal(await h1.count(), 1, "one start screen shows");
  assert.equal(await h1.innerText(), "Find out which options may apply to you", "the English one (no script to choose)");
  assert.match(await text(page.locator(".wm-pre:visible p").first()), /Answer a few questions about your situation/);
  assert.match(await text(page.locator(".wm-pre:visible .notice.private")), /stay on this device/);
  const lines = page.locator("noscript p");
  assert.ok((await lines.count()) >= 10);
  assert.ok(await page.locator('noscript p[lang="fr"]').isVisible());
  assert.match(await text(page.locator('noscript p[lang="fr"]')), /help\.unhcr\.org/);
  for (const id of ["start", "exit", "exit-skip", "lang", "safety-link"]) {
    assert.equal(await page.locator(`[data-testid="${id}"]:visible`).count(), 0, `${id} is hidden: it needs JavaScript`);
  }
  await context.close();
});

test("the first screen's script chooses the language and the exit address as the widget does (tests/first-screen.json)", () => {
  const file = readdirSync(DIST).find((f) => /^first-[0-9a-f]{16}\.js$/.test(f));
  const sandbox = { URLSearchParams };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(DIST, file), "utf8"), sandbox);
  const { negotiate, options, LOCALES, EXIT } = sandbox.waymarkFirst;
  assert.deepEqual([...LOCALES], ["en", "ar", "de", "es", "fa", "fr", "pt", "ru", "tr", "uk"], "the build's languages");
  assert.equal(EXIT, EXIT_URL, "the default exit address, written in by the build from src/host/mod.rs");
  const { rows } = JSON.parse(readFileSync(join(DIST, "..", "tests", "first-screen.json"), "utf8"));
  const differ = [];
  for (const row of rows) {
    const o = options(row.pairs);
    const got = { lang: negotiate(o.lang, row.browser), exit_url: o.exit, host_origin: o.origin };
    const want = { lang: row.lang, exit_url: row.exit_url, host_origin: row.host_origin };
    if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${JSON.stringify(row.pairs)} ${JSON.stringify(row.browser)}: script ${JSON.stringify(got)}, widget ${JSON.stringify(want)}`);
  }
  assert.deepEqual(differ, [], `${differ.length} of ${rows.length} rows differ`);
});

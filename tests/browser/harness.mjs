// Shared set-up for the browser tests: serve dist/ on 127.0.0.1, launch Debian's headless
// Chromium through playwright-core, and log every request so a test can fail on any that leaves
// 127.0.0.1 or that happens after the widget has started (`open` waits for it: the start screen
// itself is in the HTML, before the wasm).
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(root, "dist");
export const EXIT_URL = "https://www.bbc.co.uk/weather";

const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
];

export async function start(dist = DIST) {
  const server = await serve(dist, 0);
  const port = server.address().port;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: FLAGS, headless: true });
  return { server, browser, base: `http://127.0.0.1:${port}/`, port };
}

export async function stop({ server, browser }) {
  await browser?.close();
  await new Promise((r) => server?.close(r));
}

/// A fresh context and page. `requests` logs every request (url, time); requests to the default exit
/// page are answered locally (never reach the network) and logged in `exits`.
export async function open(env, { path = "", viewport = { width: 360, height: 740 }, locale = "en-GB" } = {}) {
  const context = await env.browser.newContext({ viewport, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const requests = [];
  const exits = [];
  const errors = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, async (route) => {
    const url = route.request().url();
    if (url.startsWith("https://")) {
      exits.push(url);
      await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>exit</title><p>exit page</p>" });
    } else {
      await route.abort();
    }
  });
  page.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(env.base + path);
  await ready(page);
  await page.getByTestId("start").waitFor();
  const loadedAt = Date.now();
  return { context, page, requests, exits, errors, loadedAt };
}

/// Waits until the widget has taken over the pre-rendered first screen (it locks the page's
/// connections once it has). Before that, the start screen in the page is plain HTML.
export async function ready(page) {
  await page.locator("meta[data-waymark-lock]").waitFor({ state: "attached" });
}

/// Clicks Continue on the current screen and waits for the next one (or the error) to be drawn:
/// every screen is a new `.screen` element, so the old one is marked and the wait is for one
/// without the mark.
export async function cont(page) {
  await page.evaluate(() => { const s = document.querySelector("main .screen"); if (s) s.dataset.old = "1"; });
  await page.getByTestId("continue").click();
  await page.waitForFunction(() => {
    const s = document.querySelector("main .screen");
    return !s || s.dataset.old !== "1";
  });
}

/// The id of the question on screen (or null).
export async function questionId(page) {
  const q = page.getByTestId("question");
  if (!(await q.count())) return null;
  return q.getAttribute("data-question-id");
}

/// Answers the question on screen by the visible option whose input value is `value` (radios) or
/// whose values are in `values` (checkboxes; [] ticks "None of these").
export async function choose(page, qid, value) {
  // In an embed the host page scrolls each new screen into view (embed-host.js); a tap that lands
  // while it scrolls can miss, as a person's would: tap again once it has settled.
  const tick = async (loc) => {
    try {
      await loc.check({ timeout: 5000 });
    } catch {
      await loc.page().waitForTimeout(400);
      await loc.check();
    }
  };
  if (Array.isArray(value)) {
    if (value.length === 0) await tick(page.locator(`input[name="${qid}"][value="_none"]`));
    for (const v of value) await tick(page.locator(`input[name="${qid}"][value="${v}"]`));
  } else {
    await tick(page.locator(`input[name="${qid}"][value="${value}"]`));
  }
  await cont(page);
}

/// Walks the questionnaire with `answers` (question id -> value, or [values] for checkboxes, or
/// {host, origin} for countries); questions not listed get "I prefer not to say" (or the first
/// option where there is none). Passes the safety interruption. Stops at the check page.
export async function walk(page, answers, { max = 40 } = {}) {
  await ready(page);
  await page.getByTestId("start").click();
  const seen = [];
  for (let i = 0; i < max; i++) {
    if (await page.getByTestId("check-answers").count()) return seen;
    if (await page.getByTestId("safety-interruption").count()) {
      await cont(page);
      continue;
    }
    const qid = await questionId(page);
    if (!qid) throw new Error("neither a question, the interruption nor the check page is on screen");
    seen.push(qid);
    const a = answers[qid];
    if (qid === "countries") {
      if (await page.getByTestId("host-country").count()) await page.getByTestId("host-country").selectOption(a?.host ?? "other");
      await page.getByTestId("origin-country").selectOption(a?.origin ?? "_prefer_not");
      await cont(page);
    } else if (a !== undefined) {
      await choose(page, qid, a);
    } else if (await page.locator(`input[name="${qid}"][value="_prefer_not"]`).count()) {
      await choose(page, qid, "_prefer_not");
    } else {
      await page.locator(`input[name="${qid}"]`).first().check();
      await cont(page);
    }
  }
  throw new Error(`no check page after ${max} screens: ${seen.join(", ")}`);
}

/// The path cards on the results page: [{id, standing, rank}].
export async function paths(page) {
  await page.getByTestId("results").waitFor();
  return page.getByTestId("path").evaluateAll((els) =>
    els.map((e) => ({ id: e.dataset.pathId, standing: e.dataset.standing, rank: Number(e.dataset.rank) })));
}

/// An element's visible text without Fluent's bidi isolation marks (U+2068, U+2069) around
/// placeables, which the page keeps on purpose so that right-to-left text stays in order.
export async function text(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, "");
}

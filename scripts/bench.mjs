// `make bench`: how fast the built widget is for a person on a cheap phone and a slow line (issue
// #12). A benchmark, not a test: it reports, it does not pass or fail (targets are printed beside
// the figures). It serves dist/ as scripts/serve.mjs does (precompressed files, the same headers)
// and drives Debian's Chromium through playwright-core, with the CPU slowed 4x and the network
// shaped by the DevTools protocol, a fresh browser context (empty cache) for every load.
//
// Measured, as medians over runs interleaved in one process (so a busy machine slows every
// variant alike):
// - first screen: from navigation start until the start page's heading is painted;
// - Start works: a click on Start, made as soon as the start page is painted, has drawn the first
//   question (and how long after the wasm arrived);
// - steps: a scripted walk to the check page (and a language switch), each from the click to the
//   next screen painted;
// and, beside them, the FLOOR: a plain static HTML copy of the same start screen (made from the
// built page's own rendered DOM, with its stylesheet, served the same way): what the network alone
// costs, the limit for the first screen.
//
// Usage: node scripts/bench.mjs [DIST]   env: BENCH_RUNS (default 5), BENCH_OUT (default
// target/bench.json), CHROMIUM (default /usr/bin/chromium).
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync, statSync, copyFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { serve } from "./serve.mjs";
import { br, gz, compressible } from "./compress.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = process.argv[2] || join(root, "dist");
const RUNS = Number(process.env.BENCH_RUNS || 5);
const OUT = process.env.BENCH_OUT || join(root, "target", "bench.json");
const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
];
const CPU_SLOWDOWN = 4;
// DevTools throttling adds `latency` once per request (not per TCP round trip) and shapes
// throughput; bytes per second. The first is Lighthouse's "slow 4G" mobile profile.
const kbit = (n) => (n * 1000) / 8;
const PROFILES = [
  { name: "150 ms, 1.6 Mbit/s", latency: 150, downloadThroughput: kbit(1600), uploadThroughput: kbit(750) },
  { name: "400 ms, 400 kbit/s", latency: 400, downloadThroughput: kbit(400), uploadThroughput: kbit(400) },
];
// The walk: question id -> the value to pick ([values] for checkboxes, {host, origin} for the
// countries); a question not listed gets "I prefer not to say", or its first option. It passes
// the countries screen, the safety interruption and the longest screens.
const WALK = {
  respondent: "self", location: "host", countries: { host: "DE", origin: "SY" }, wish: "return",
  screening: ["pressure=yes", "health_needs=yes"], age_band: "27_59", tailor: "yes", restart_needs: ["restart_needs=job"],
};

// Runs in every page before its own scripts: records when the start page's heading is first
// painted, and (for the widget) clicks Start right after that paint and records when the first
// question is painted. "Painted" is taken after the frame that first shows the element: a
// requestAnimationFrame callback sees it, and a message posted from there runs once that frame's
// style, layout and paint are done.
function probe(clickStart) {
  const m = (window.__bench = { firstScreen: null, clickAt: null, startWorks: null });
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  // For `step` and `switchLanguage`: the time after the next frame is painted, and a promise that
  // resolves in the microtask after a change of the widget's DOM that makes `done()` true, so the
  // frame that paints it is the next one. (Waiting with requestAnimationFrame, as this did before
  // 2026-11-29, saw the change a frame late: the widget draws in a microtask after the click, so
  // whatever it did in the frame after the new screen was counted too.)
  window.__painted = () => new Promise(afterPaint);
  window.__domChange = (done) => new Promise((resolve) => {
    const seen = new MutationObserver(() => {
      if (done()) {
        seen.disconnect();
        resolve();
      }
    });
    seen.observe(document.getElementById("waymark"), { childList: true, subtree: true, characterData: true });
  });
  const shown = (sel) => {
    const el = document.querySelector(sel);
    return el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" ? el : null;
  };
  const until = (sel, cb) => requestAnimationFrame(function tick() {
    if (shown(sel)) afterPaint(cb);
    else requestAnimationFrame(tick);
  });
  until("h1", (t) => {
    m.firstScreen = t;
    if (!clickStart) return;
    const click = () => {
      const b = shown('[data-testid="start"]');
      if (!b) return requestAnimationFrame(click);
      m.clickAt = performance.now();
      b.click();
      until('[data-testid="question"]', (t2) => { m.startWorks = t2; });
    };
    click();
  });
}

// One step of the walk, in the page: answers the screen on show, clicks Continue, resolves with
// the time from the click until the next screen is painted.
async function step(walk) {
  const $ = (s) => document.querySelector(s);
  const until = window.__domChange;
  const afterPaint = window.__painted;
  const pick = (el, v) => { el.value = v; el.dispatchEvent(new Event("change", { bubbles: true })); };
  if ($('[data-testid="check-answers"]')) return { done: true };
  let label = "interruption";
  if (!$('[data-testid="safety-interruption"]')) {
    const form = $('[data-testid="question"]');
    if (!form) return { error: "neither a question, the interruption nor the check page" };
    const q = (label = form.dataset.questionId);
    const a = walk[q];
    if (q === "countries") {
      // The lists' countries come a frame after the screen (src/ui/web.rs complete_countries): a
      // person cannot pick one sooner either.
      const full = (t) => !$(`[data-testid="${t}"]`) || $(`[data-testid="${t}"]`).options.length > 10;
      while (!full("host-country") || !full("origin-country")) await new Promise((r) => requestAnimationFrame(r));
      if ($('[data-testid="host-country"]')) pick($('[data-testid="host-country"]'), a?.host ?? "other");
      pick($('[data-testid="origin-country"]'), a?.origin ?? "_prefer_not");
    } else {
      const input = (v) => $(`input[name="${q}"][value="${v}"]`);
      const values = Array.isArray(a) ? (a.length ? a : ["_none"]) : [a ?? (input("_prefer_not") ? "_prefer_not" : null)];
      for (const v of values) (v === null ? $(`input[name="${q}"]`) : input(v)).click();
    }
  }
  const old = $("main .screen");
  const drawn = until(() => $("main .screen") !== old);
  const t0 = performance.now();
  $('[data-testid="continue"]').click();
  await drawn;
  const ms = (await afterPaint()) - t0;
  // The countries screen's lists fill a frame after it is painted (src/ui/web.rs
  // complete_countries): how long until they are complete and painted, from the same click.
  if (!$('[data-testid="origin-country"]')) return { label, ms };
  while ($('[data-testid="origin-country"]').options.length < 10) await new Promise((r) => requestAnimationFrame(r));
  return { label, ms, complete: (await afterPaint()) - t0 };
}

// A language switch on the screen on show, from the change to the new words painted.
async function switchLanguage(lang) {
  // As in `step` (the helpers are the probe's).
  const until = window.__domChange;
  const sel = document.querySelector('[data-testid="lang"]');
  // A person switches with the list, which then has the focus (a click, a tap or the keyboard).
  sel.focus();
  const before = document.querySelector("h1").textContent;
  const drawn = until(() => document.querySelector("h1").textContent !== before);
  const t0 = performance.now();
  sel.value = lang;
  sel.dispatchEvent(new Event("change", { bubbles: true }));
  await drawn;
  return (await window.__painted()) - t0;
}

// What the page transferred (headers and encoded bodies, from Resource Timing), and when the wasm
// had arrived.
function transfers() {
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource").filter((r) => r.name.startsWith("http"));
  const wasm = res.find((r) => r.name.endsWith(".wasm"));
  return {
    htmlArrived: nav.responseEnd,
    wasmArrived: wasm ? wasm.responseEnd : null,
    bytes: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),
    files: [{ name: "(page)", bytes: nav.transferSize }, ...res.map((r) => ({ name: r.name.split("/").pop(), bytes: r.transferSize }))],
  };
}

async function load(browser, url, profile, { widget }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-GB", serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  const outside = [];
  page.on("request", (r) => { if (!r.url().startsWith("http://127.0.0.1:")) outside.push(r.url()); });
  await context.addInitScript(probe, widget);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction((widget) => (widget ? window.__bench?.startWorks : window.__bench?.firstScreen) != null, widget, { polling: 50 });
  const r = { ...(await page.evaluate(() => window.__bench)) };
  if (widget) {
    const steps = [];
    for (let i = 0; i < 60; i++) {
      const s = await page.evaluate(step, WALK);
      if (s.error) throw new Error(`walk: ${s.error} after ${steps.map((x) => x.label).join(", ")}`);
      if (s.done) break;
      steps.push(s);
    }
    // Each step is named by the screen it leaves and the one it draws.
    steps.forEach((s, k) => { s.label = `${s.label} -> ${steps[k + 1]?.label ?? "check"}`; });
    steps.push({ label: "language switch (fr)", ms: await page.evaluate(switchLanguage, "fr") });
    r.steps = steps;
  }
  Object.assign(r, await page.evaluate(transfers));
  if (outside.length) throw new Error(`a request left 127.0.0.1: ${outside.join(", ")}`);
  await context.close();
  return r;
}

// The floor: the built page's start screen as plain HTML, rendered once unthrottled, with no
// script: its own head (policy, stylesheet) and the rendered body, and the stylesheet beside it,
// precompressed like dist/.
async function makeFloor(browser, base, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByTestId("start").waitFor();
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    for (const el of doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], meta[data-waymark-lock]')) el.remove();
    doc.removeAttribute("data-waymark-offline");
    return "<!doctype html>\n" + doc.outerHTML;
  });
  await context.close();
  const files = { "index.html": Buffer.from(html) };
  for (const f of readdirSync(DIST).filter((f) => f.endsWith(".css"))) files[f] = readFileSync(join(DIST, f));
  for (const [f, buf] of Object.entries(files)) {
    writeFileSync(join(dir, f), buf);
    if (compressible(f)) {
      writeFileSync(join(dir, f + ".br"), br(buf, f));
      writeFileSync(join(dir, f + ".gz"), gz(buf));
    }
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};
const ms = (x) => (x == null ? "   n/a" : `${Math.round(x)}`.padStart(5) + " ms");
const kib = (n) => (n / 1024).toFixed(1) + " KiB";

try { statSync(join(DIST, "index.html")); } catch {
  console.error(`bench: ${DIST}/index.html is missing; run \`make dist\` first`);
  process.exit(2);
}
const floorDir = join(root, "target", "bench-floor");
const widgetServer = await serve(DIST, 0);
const floorServer = await serve(floorDir, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: FLAGS, headless: true });
const widgetUrl = `http://127.0.0.1:${widgetServer.address().port}/`;
const floorUrl = `http://127.0.0.1:${floorServer.address().port}/`;
await makeFloor(browser, widgetUrl, floorDir);

const results = PROFILES.map((p) => ({ profile: p.name, widget: [], floor: [] }));
const started = Date.now();
for (let run = 0; run < RUNS; run++) {
  // Interleaved: each run loads every variant once, alternating which goes first.
  for (const [i, p] of PROFILES.entries()) {
    const order = (run + i) % 2 ? ["floor", "widget"] : ["widget", "floor"];
    for (const which of order) {
      const { name, ...conditions } = p;
      const r = await load(browser, which === "widget" ? widgetUrl : floorUrl, conditions, { widget: which === "widget" });
      results[i][which].push(r);
    }
  }
  process.stderr.write(`bench: run ${run + 1}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
const chromiumVersion = browser.version();
await browser.close();
await new Promise((r) => widgetServer.close(r));
await new Promise((r) => floorServer.close(r));

const summary = results.map(({ profile, widget, floor }) => {
  const stepsAll = widget.flatMap((r) => r.steps.map((s) => s.ms));
  const labels = widget[0].steps.map((s) => s.label);
  const s = {
    profile,
    floorFirstScreen: median(floor.map((r) => r.firstScreen)),
    firstScreen: median(widget.map((r) => r.firstScreen)),
    htmlArrived: median(widget.map((r) => r.htmlArrived)),
    wasmArrived: median(widget.map((r) => r.wasmArrived)),
    startWorks: median(widget.map((r) => r.startWorks)),
    startAfterWasm: median(widget.map((r) => r.startWorks - r.wasmArrived)),
    startClickToQuestion: median(widget.map((r) => r.startWorks - r.clickAt)),
    stepMedian: median(stepsAll),
    stepP95: pct(stepsAll, 95),
    stepMax: Math.max(...stepsAll),
    steps: labels.map((label, k) => ({ label, median: median(widget.map((r) => r.steps[k]?.ms)) })),
    countriesComplete: median(widget.map((r) => r.steps.find((st) => st.complete != null)?.complete)),
    widgetBytes: median(widget.map((r) => r.bytes)),
    floorBytes: median(floor.map((r) => r.bytes)),
    widgetFiles: widget[0].files,
    floorFiles: floor[0].files,
  };
  s.ratio = s.firstScreen / s.floorFirstScreen;
  return s;
});

console.log(`Waymark bench: ${RUNS} runs, Chromium ${chromiumVersion}, CPU ${CPU_SLOWDOWN}x slower, fresh cache each load`);
for (const s of summary) {
  console.log(`\n${s.profile}:`);
  console.log(`  floor first screen       ${ms(s.floorFirstScreen)}   (${kib(s.floorBytes)} transferred)`);
  console.log(`  widget first screen      ${ms(s.firstScreen)}   ${s.ratio.toFixed(2)}x the floor (target <= 1.25x); ${kib(s.widgetBytes)} transferred`);
  console.log(`    html arrived           ${ms(s.htmlArrived)}`);
  console.log(`    wasm arrived           ${ms(s.wasmArrived)}`);
  console.log(`  Start works              ${ms(s.startWorks)}   ${ms(s.startAfterWasm).trim()} after the wasm arrived (target <= 500 ms)`);
  console.log(`    Start -> first question ${ms(s.startClickToQuestion)}`);
  console.log(`  steps                    median ${ms(s.stepMedian).trim()}, 95th percentile ${ms(s.stepP95).trim()}, max ${ms(s.stepMax).trim()} (target: every step <= 50 ms)`);
  for (const st of s.steps) console.log(`    ${st.label.padEnd(40)} ${ms(st.median)}`);
  console.log(`  countries lists complete  ${ms(s.countriesComplete)}   from the click that opens the screen (they fill a frame after it)`);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, os: `${os.type()} ${os.release()}`, node: process.version },
  chromium: chromiumVersion,
  runs: RUNS,
  cpuSlowdown: CPU_SLOWDOWN,
  profiles: PROFILES,
  summary,
  raw: results,
}, null, 2) + "\n");
console.log(`\nwritten: ${OUT}`);

// Issue 11: results a person can act on. Each point in a left-to-right (English or Spanish) and a
// right-to-left (Farsi or Arabic) language: a results page that fits a phone, who to call, the
// handout (printed to PDF), Back and refresh, honest progress, Start again that asks first, the
// host's country, theme and directory, and the embed that sizes itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, open, walk, paths, cont, choose, questionId, text, ready, EXIT_URL } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

/// A typical walk: someone whose papers expired, unsure whether to stay, with a health need.
const TYPICAL = {
  respondent: "self", location: "host", countries: { host: "ES", origin: "SY" }, wish: "unsure", informed: "partly",
  means: "travel_help", stay_status: "expired", order_to_leave: "no", documents: "valid", fear_of_harm: "unsure",
  screening: ["health_needs=yes"], age_band: "27_59", tailor: "no",
};
/// The same walk's results page before issue 11, at 360 px (measured on the build before it).
const BEFORE = { en: 9809, es: 10533, fa: 10063 };
const SCREEN = 740;

async function results(lang, answers = TYPICAL, opts = {}) {
  const s = await open(env, { path: `?lang=${lang}`, ...opts });
  await walk(s.page, answers);
  await s.page.getByTestId("see-results").click();
  await paths(s.page);
  return s;
}

function noRequestAfterLoad(s) {
  const late = s.requests.filter((r) => r.at > s.loadedAt).map((r) => r.url);
  assert.deepEqual(late, [], "no request after the first screen");
}

/// Digits of any script (Farsi pages may write ۱۲۳) as a number.
function num(s) {
  return Number([...s].map((c) => { const d = "۰۱۲۳۴۵۶۷۸۹".indexOf(c); const a = "٠١٢٣٤٥٦٧٨٩".indexOf(c); return d >= 0 ? d : a >= 0 ? a : c; }).join(""));
}

for (const lang of ["en", "fa"]) {
  test(`${lang}: the results fit a phone: summary and first card within two screens, the page a third of its old height`, async () => {
    const s = await results(lang);
    const h = await s.page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(h <= BEFORE[lang] / 3, `${h} px, at most a third of ${BEFORE[lang]}`);
    const summary = s.page.getByTestId("summary");
    const items = await summary.locator("li").evaluateAll((ls) => ls.map((l) => l.dataset.pathId));
    const ranks = await s.page.getByTestId("path").evaluateAll((cs) => Object.fromEntries(cs.map((c) => [c.dataset.pathId, Number(c.dataset.rank)])));
    assert.ok(items.length >= 1 && items.length <= 3, `${items}`);
    assert.deepEqual(items, [...items].sort((a, b) => ranks[a] - ranks[b]), "summary in rank order");
    assert.ok(!items.includes("counsellor"), "the counsellor, on every result, is not one of the few that matter most here");
    const firstCard = s.page.getByTestId("path").first();
    const box = await firstCard.boundingBox();
    assert.ok(box.y + box.height <= 2 * SCREEN, `summary and first card end at ${box.y + box.height} px`);
    assert.equal(await firstCard.locator("details.card-body").getAttribute("open"), "", "the first card is open");
    // Each summary line has the first step; a tap opens and shows its card.
    assert.ok((await text(summary.locator("li p").first())).length > 10);
    const last = items[items.length - 1];
    await summary.locator(`li[data-path-id="${last}"] button`).click();
    assert.equal(await s.page.locator(`[data-path-id="${last}"] details.card-body`).getAttribute("open"), "");
    assert.equal(await s.page.evaluate(() => document.activeElement.dataset.pathId), last, "focus moves to the card");
    assert.equal(await s.page.evaluate(() => document.documentElement.scrollWidth > innerWidth), false, "nothing scrolls sideways");
    await s.context.close();
  });

  test(`${lang}: "why" lists only answers given that led to the path; sources by title behind a disclosure`, async () => {
    const s = await results(lang);
    const card = s.page.locator('[data-path-id="health_referral"]');
    await card.locator("summary.card-head").click();
    await card.locator("details.why > summary").click();
    const facts = await card.getByTestId("because").locator(":scope > li").evaluateAll((ls) => ls.map((l) => l.dataset.fact));
    assert.deepEqual(facts, ["health_needs"], "only the ticked box that led here");
    // Unticked boxes (pregnant, trafficking…) are never said to be answers, on any card.
    const all = await s.page.locator("[data-testid=because] > li").evaluateAll((ls) => ls.map((l) => l.dataset.fact));
    for (const unticked of ["pregnant", "trafficking_signs", "torture_or_abuse", "stranded", "pressure"]) {
      assert.ok(!all.includes(unticked), `${unticked} is not an answer given`);
    }
    const cites = await text(card.getByTestId("cites"));
    assert.match(cites, /International Dialogue on Migration: Managing Return Migration \(2008\)/, "the IOM publication's title and year");
    const counsellor = s.page.locator('[data-path-id="counsellor"]');
    await counsellor.locator("summary.card-head").click();
    await counsellor.locator("details.why > summary").click();
    assert.equal(await counsellor.getByTestId("because").count(), 0, "the counsellor card lists no answers");
    assert.equal(await counsellor.getByTestId("because-everyone").count(), 1);
    await s.context.close();
  });
}

const DIRECTORY = [
  { name: "Beratung Mitte", helps_with: ["protection"], phone: "+49 30 1234 5678", hours: "Mo–Fr 9–16", languages: ["ar", "fa"], website: "https://beratung.example.org/" },
  { name: "Broken entry", helps_with: ["avrr"], website: "http://insecure.example.org" },
  { name: "Rückkehrberatung", helps_with: ["avrr"], address: "Hauptstr. 1, Berlin", email: "x@example.org" },
];
const TRAFFICKED_IN_DE = { respondent: "self", location: "host", countries: { host: "DE", origin: "NG" }, wish: "return", screening: ["trafficking_signs=yes"], age_band: "18_26", tailor: "no" };


/// A phone-sized page with `options` as the host's window.waymarkOptions, on the start screen, with
/// the console's messages and every request recorded.
async function openWithOptions(options, locale) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, ...(locale ? { locale } : {}) });
  await context.addInitScript((o) => { window.waymarkOptions = o; }, options);
  const page = await context.newPage();
  const warnings = [];
  const requests = [];
  page.on("console", (m) => warnings.push(m.text()));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(env.base);
  // The start screen is in the HTML before the wasm: wait for the widget itself.
  await ready(page);
  await page.getByTestId("start").waitFor();
  return { context, page, warnings, requests };
}

for (const lang of ["es", "ar"]) {
  test(`${lang}: who to call: the host's services first, then the pack's official contacts; links only on tap, nothing fetched`, async () => {
    const { context, page, warnings, requests } = await openWithOptions({ referrals: DIRECTORY }, lang);
    const loaded = requests.length;
    assert.ok(warnings.some((w) => w.includes("referrals[1].website") && w.includes("dropped")), warnings.join("\n"));
    assert.ok(warnings.some((w) => w.includes("referrals[2].email") && w.includes("unknown field")), "an unknown field is named");
    await walk(page, TRAFFICKED_IN_DE);
    await page.getByTestId("see-results").click();
    await paths(page);
    const card = page.locator('[data-path-id="trafficking_referral"]');
    await card.locator("details.card-body").evaluate((d) => { d.open = true; });
    const who = await card.getByTestId("contact").evaluateAll((cs) => cs.map((c) => [c.dataset.from, c.querySelector("strong").textContent]));
    assert.deepEqual(who[0], ["host", "Beratung Mitte"], "the host's own service first");
    assert.ok(who.some(([from, name]) => from === "pack" && /Hilfetelefon/.test(name)), JSON.stringify(who));
    const phone = card.getByTestId("contact-phone").first();
    assert.equal(await phone.getAttribute("href"), "tel:+493012345678");
    assert.match(await phone.getAttribute("rel"), /noreferrer/);
    const site = card.getByTestId("contact-website").first();
    assert.equal(await site.getAttribute("href"), "https://beratung.example.org/");
    assert.match(await site.getAttribute("rel"), /noreferrer/);
    assert.equal(await site.getAttribute("target"), "_blank");
    // The pack's hours are written in the person's language, the service's languages by name.
    const official = card.locator('[data-testid="contact"][data-from="pack"]').first();
    assert.notEqual(await text(official), "");
    assert.match(await text(card.locator('[data-testid="contact"][data-from="host"]')), lang === "es" ? /árabe/i : /العربية/);
    // The dropped entry shows nowhere; the return entry sits on the return card only.
    assert.equal(await page.getByText("Broken entry").count(), 0);
    assert.equal(await card.getByText("Rückkehrberatung").count(), 0);
    assert.equal(requests.length, loaded, `nothing fetched after boot: ${requests.slice(loaded)}`);
    await context.close();
  });
}

test("a directory written in the host page as <script type=application/json> is read before boot", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route(env.base, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace("<body>", `<body><script type="application/json" id="waymark-referrals">${JSON.stringify([DIRECTORY[0]])}</script>`);
    await route.fulfill({ response: res, body });
  });
  const page = await context.newPage();
  await page.goto(env.base);
  await walk(page, TRAFFICKED_IN_DE);
  await page.getByTestId("see-results").click();
  await paths(page);
  assert.equal(await page.locator('[data-path-id="trafficking_referral"] [data-from="host"]').count(), 1);
  await context.close();
});

for (const lang of ["en", "fa"]) {
  test(`${lang}: the handout prints on at most two A4 pages with the date, rules, paths, contacts, answers and lines to fill in`, async () => {
    const s = await results(lang);
    await s.page.emulateMedia({ media: "print" });
    const handout = s.page.getByTestId("handout");
    assert.equal(await handout.isVisible(), true, "the handout is what prints");
    assert.equal(await s.page.getByTestId("summary").isVisible(), false, "the screen's summary does not print");
    const words = await text(handout);
    const rules = await s.page.getByTestId("results").evaluate(() => document.querySelector('[data-testid="rules-as-of"]').textContent);
    // Dates are written as the page writes them (i18n::date, Persian digits in fa): the rules' date
    // is the one on the screen, and today's has today's day and year.
    // (Fluent isolates each placeable with U+2068 … U+2069, nested for a date inside a sentence.)
    const placeable = (t) => {
      const start = t.indexOf("\u2068");
      let depth = 0;
      for (let i = start; i < t.length; i++) {
        if (t[i] === "\u2068") depth++;
        if (t[i] === "\u2069" && --depth === 0) return t.slice(start + 1, i).replace(/[\u2068\u2069]/g, "");
      }
      return "";
    };
    const rulesDate = placeable(rules);
    assert.ok(rulesDate && words.replace(/[\u2068\u2069]/g, "").includes(rulesDate), `the rules' date (${rulesDate})`);
    const made = placeable(await handout.locator(".handout-col").first().evaluate((c) => c.textContent));
    const now = new Date();
    const digits = (n) => (lang === "fa" ? String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]) : String(n));
    assert.ok(made.startsWith(digits(now.getDate())) && made.endsWith(digits(now.getFullYear())), `today's date (${made})`);
    for (const id of ["asylum_referral", "health_referral", "counsellor"]) {
      const title = await s.page.evaluate(([id]) => document.querySelector(`[data-path-id="${id}"] h3`).textContent, [id]);
      assert.ok(words.includes(title), `${id} on the handout`);
    }
    assert.equal(await handout.locator(".write .line").count(), 5, "lines for the organisation, counsellor, contact and notes");
    assert.ok((await handout.locator("ul").nth(0).locator("li").count()) >= 8, "the answers given");
    assert.equal(await handout.locator(".handout-col").first().getAttribute("dir"), lang === "fa" ? "rtl" : "ltr");
    // (page.pdf lays out with the emulated media: print, as a printer or "Save as PDF" does.)
    const pdf = await s.page.pdf({ format: "A4", printBackground: false });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} A4 pages`);
    noRequestAfterLoad(s);
    await s.context.close();
  });
}

test("the handout can add a second language side by side, each column in its own language and direction", async () => {
  const s = await results("es");
  await s.page.getByTestId("second-lang").selectOption("ar");
  const cols = s.page.locator('[data-testid="handout"] .handout-col');
  assert.equal(await cols.count(), 2);
  assert.deepEqual(await cols.evaluateAll((cs) => cs.map((c) => [c.lang, c.dir])), [["es", "ltr"], ["ar", "rtl"]]);
  await s.page.emulateMedia({ media: "print" });
  assert.equal(await s.page.getByTestId("handout").evaluate((h) => getComputedStyle(h).display), "grid", "side by side");
  await s.context.close();
});

test("Print works from the sandboxed embed (the frame has allow-modals)", async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
  const page = await context.newPage();
  const logs = [];
  page.on("console", (m) => logs.push(m.text()));
  await page.goto(env.base + "embed-example.html");
  assert.match(await page.locator("#waymark-frame").getAttribute("sandbox"), /allow-modals/);
  const frame = page.frameLocator("#waymark-frame");
  await frame.getByTestId("start").waitFor();
  const f = page.frames().find((x) => x !== page.mainFrame());
  await walk(f, { location: "host", wish: "return", countries: { host: "other", origin: "MA" } });
  // The host brings each new screen's top into view; let it settle before tapping, as a person would.
  await page.waitForTimeout(300);
  await f.getByTestId("see-results").click();
  await f.getByTestId("results").waitFor();
  await f.evaluate(() => { window.__printed = 0; addEventListener("beforeprint", () => window.__printed++); });
  await f.getByTestId("print").click();
  await page.waitForTimeout(300);
  assert.equal(await f.evaluate(() => window.__printed), 1, "the print dialog opened in the frame");
  assert.ok(!logs.some((l) => /Ignored call to 'print\(\)'/.test(l)), logs.join("\n"));
  await context.close();
});

for (const lang of ["en", "ar"]) {
  test(`${lang}: Back and Forward move one screen inside the widget; the address never changes`, async () => {
    const s = await open(env, { path: `?lang=${lang}` });
    const address = s.page.url();
    await s.page.getByTestId("start").click();
    await choose(s.page, "respondent", "helper");
    await choose(s.page, "location", "transit");
    assert.equal(await questionId(s.page), "countries");
    await s.page.goBack();
    await s.page.getByTestId("question").waitFor();
    assert.equal(await questionId(s.page), "location");
    assert.ok(await s.page.locator('input[name="location"][value="transit"]').isChecked(), "the answer is kept");
    await s.page.goBack();
    assert.equal(await questionId(s.page), "respondent");
    await s.page.goForward();
    assert.equal(await questionId(s.page), "location");
    await s.page.goForward();
    assert.equal(await questionId(s.page), "countries");
    assert.equal(s.page.url(), address);
    assert.deepEqual(Object.keys(await s.page.evaluate(() => history.state)), ["waymark"], "an entry holds only its number");
    noRequestAfterLoad(s);
    await s.context.close();
  });

  test(`${lang}: a refresh or closing mid-walk asks first; quick exit never asks and leaves no way back (back-forward cache included)`, async () => {
    const s = await open(env, { path: `?lang=${lang}` });
    const dialogs = [];
    s.page.on("dialog", async (d) => { dialogs.push(d.type()); await d.dismiss(); });
    await s.page.getByTestId("start").click();
    await choose(s.page, "respondent", "self");
    await s.page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(dialogs, ["beforeunload"], "closing mid-walk asks");

    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => { window.__shown = []; addEventListener("pageshow", (e) => window.__shown.push(e.persisted)); });
    await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
    const page = await context.newPage();
    const asked = [];
    page.on("dialog", async (d) => { asked.push(d.type()); await d.accept(); });
    await page.goto(env.base + `?lang=${lang}`);
    await walk(page, TYPICAL);
    await page.getByTestId("see-results").click();
    await page.getByTestId("results").waitFor();
    await page.getByTestId("exit").click();
    await page.waitForURL(EXIT_URL, { timeout: 1000 });
    assert.deepEqual(asked, [], "quick exit does not ask");
    for (let i = 0; i < 3; i++) {
      await page.goBack().catch(() => {});
      await page.waitForTimeout(200);
      if (page.url() === EXIT_URL) continue;
      assert.equal(await page.getByTestId("results").count(), 0, "Back shows no results");
      assert.equal(await page.locator("input:checked").count(), 0, "Back shows no answer");
      assert.ok(!(await page.evaluate(() => window.__shown.includes(true))), "not restored from the back-forward cache");
    }
    await context.close();
  });
}

for (const lang of ["es", "fa"]) {
  test(`${lang}: progress counts fixed parts that never grow, and the start page says how long it takes`, async () => {
    const s = await open(env, { path: `?lang=${lang}` });
    assert.match(await text(s.page.locator("main")), lang === "es" ? /10 a 15 preguntas/ : /۱۰ تا ۱۵ سؤال/);
    await s.page.getByTestId("start").click();
    const seen = [];
    for (let i = 0; i < 40 && !(await s.page.getByTestId("check-answers").count()); i++) {
      if (await s.page.getByTestId("safety-interruption").count()) { await cont(s.page); continue; }
      const p = (await text(s.page.getByTestId("progress"))).match(/[0-9۰-۹٠-٩]+/g);
      seen.push([num(p[0]), num(p[1])]);
      const qid = await questionId(s.page);
      const a = TYPICAL[qid];
      if (qid === "countries") {
        await s.page.getByTestId("host-country").selectOption("ES");
        await s.page.getByTestId("origin-country").selectOption("SY");
        await cont(s.page);
      } else if (Array.isArray(a)) {
        await choose(s.page, qid, a);
      } else {
        await choose(s.page, qid, a ?? "_prefer_not");
      }
    }
    assert.ok(seen.length >= 10, JSON.stringify(seen));
    assert.ok(seen.every(([, total]) => total === seen[0][1]), `the total never changes: ${JSON.stringify(seen)}`);
    assert.ok(seen.every(([n], i) => i === 0 || n >= seen[i - 1][0]), `the part never goes back: ${JSON.stringify(seen)}`);
    assert.ok(seen.length <= 15, `${seen.length} questions, as promised`);
    await s.context.close();
  });
}

for (const lang of ["en", "fa"]) {
  test(`${lang}: Start again asks first in the page, can be called off, and is not the exit's red`, async () => {
    const s = await results(lang);
    const colour = (id) => s.page.getByTestId(id).evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(await colour("start-again"), await colour("exit"));
    await s.page.getByTestId("start-again").click();
    const box = s.page.getByTestId("confirm-restart");
    await box.waitFor();
    assert.equal(await box.getAttribute("role"), "alertdialog");
    assert.equal(await s.page.getByTestId("results").count(), 1, "nothing is wiped yet");
    assert.notEqual(await colour("restart-yes"), await colour("exit"));
    await s.page.getByTestId("restart-no").click();
    assert.equal(await box.count(), 0);
    assert.ok((await paths(s.page)).length > 0, "the results are still there");
    await s.page.getByTestId("start-again").click();
    await s.page.getByTestId("restart-yes").click();
    await s.page.getByTestId("start").waitFor();
    await s.page.goBack();
    await s.page.waitForTimeout(200);
    assert.equal(await s.page.getByTestId("results").count(), 0, "Back does not bring the wiped walk back");
    await s.context.close();
  });
}

test("the host's country answers the country question; its pack is used", async () => {
  for (const lang of ["en", "ar"]) {
    const s = await open(env, { path: `?lang=${lang}&country=DE` });
    await s.page.getByTestId("start").click();
    await choose(s.page, "respondent", "self");
    await choose(s.page, "location", "host");
    assert.equal(await s.page.getByTestId("host-country").count(), 0, "not asked");
    assert.equal(await s.page.getByTestId("host-country-set").count(), 1, "said");
    await s.page.getByTestId("origin-country").selectOption("AF");
    await cont(s.page);
    await s.context.close();
  }
  const s = await open(env, { path: "?country=DE" });
  await walk(s.page, { respondent: "self", location: "host", wish: "stay", countries: { origin: "AF" }, stay_status: "tolerated" });
  await s.page.getByTestId("see-results").click();
  assert.equal(await s.page.getByTestId("results").getAttribute("data-pack"), "de");
  await s.context.close();
});

test("a host theme sets the colours and a data: logo, and a theme that fails contrast is refused by name", async () => {
  const run = (theme) => openWithOptions({ theme });
  const logo = "data:image/svg+xml;base64," + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#6a1b9a"/></svg>').toString("base64");
  const good = await run({ text: "#1a1a1a", background: "#fffbe6", accent: "#6a1b9a", button_text: "#ffffff", logo });
  const root = good.page.getByTestId("waymark-root");
  assert.equal(await root.evaluate((e) => getComputedStyle(e).color), "rgb(26, 26, 26)");
  assert.equal(await root.evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(255, 251, 230)");
  assert.equal(await good.page.getByTestId("start").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(106, 27, 154)");
  assert.equal(await good.page.getByTestId("exit").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(212, 53, 28)", "quick exit keeps its red");
  assert.equal(await good.page.getByTestId("logo").getAttribute("src"), logo);
  assert.equal(await good.page.getByTestId("config-problem").count(), 0);
  assert.ok(good.requests.every((u) => u.startsWith("http://127.0.0.1:") || u.startsWith("data:")), good.requests.join("\n"));
  await good.context.close();

  const bad = await run({ background: "#222222", accent: "#ffdd00" });
  assert.ok(bad.warnings.some((w) => w.includes("theme.text/theme.background") && w.includes("4.5:1")), bad.warnings.join("\n"));
  assert.ok(bad.warnings.some((w) => w.includes("theme.button_text/theme.accent")), "each failing pair is named");
  assert.equal(await bad.page.getByTestId("waymark-root").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(255, 255, 255)", "our own colours stay");
  assert.equal(await bad.page.getByTestId("config-problem").count(), 1);
  await bad.context.close();
});

test("the embed grows to the widget (no scroll inside a scroll) and keeps a way out in view", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 640 } });
  await context.route(/^https:/, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>exit</title>" }));
  const page = await context.newPage();
  await page.goto(env.base + "embed-example.html");
  const frame = page.frameLocator("#waymark-frame");
  await frame.getByTestId("start").waitFor();
  // The frame's document is cross-origin (sandboxed): measure it through the frame itself.
  const f = page.frames().find((x) => x !== page.mainFrame());
  await page.waitForFunction(() => parseInt(document.getElementById("waymark-frame").style.height) > 300);
  const inner = await f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.evaluate(() => document.getElementById("waymark-frame").getBoundingClientRect().height);
  assert.ok(Math.abs(inner - outer) <= 2, `frame ${outer} px for a widget of ${inner} px`);
  assert.equal(await f.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), true, "nothing scrolls inside the frame");
  // Taller than the phone's screen: the host page keeps Leave this page in view, in the widget's words.
  const leave = page.locator("[data-waymark-leave]");
  assert.equal(await leave.isVisible(), true);
  await page.evaluate(() => scrollTo(0, 600));
  await page.waitForFunction(() => scrollY >= 590);
  const box = await leave.boundingBox();
  assert.ok(box.y >= -1 && box.y < 60, `the host's exit button stays at the top (${box.y})`);
  await leave.click();
  await page.waitForURL("https://www.bbc.co.uk/weather", { timeout: 1000 });
  await context.close();
});

test("the set-up page previews the widget and writes the snippet and headers; no inline script", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(env.base + "embed.html");
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
  await page.locator("#site-origin").fill("https://ngo.example");
  await page.locator("#country").selectOption("DE");
  await page.locator("#first-lang").selectOption("ar");
  await page.locator("#c-name").fill("Beratung Mitte");
  await page.locator("#c-helps").selectOption(["protection"]);
  await page.locator("#c-phone").fill("+49 30 1234");
  await page.locator("#c-add").click();
  const snippet = await page.locator("#snippet").inputValue();
  assert.match(snippet, /sandbox="allow-scripts allow-modals/);
  assert.match(snippet, /country=DE/);
  assert.match(snippet, /lang=ar/);
  assert.match(snippet, /referrals=/);
  assert.match(snippet, /<script src="[^"]*embed-host\.js"><\/script>/);
  const headers = await page.locator("#headers").inputValue();
  assert.match(headers, /frame-ancestors https:\/\/ngo\.example/);
  assert.match(headers, /Access-Control-Allow-Origin: \*/);
  // The live preview: the widget with these options, in Arabic.
  await page.waitForTimeout(800);
  const preview = page.frameLocator("#preview");
  await preview.getByTestId("start").waitFor();
  assert.equal(await preview.getByTestId("waymark-root").getAttribute("dir"), "rtl");
  assert.ok(requests.every((u) => u.startsWith("http://127.0.0.1:") || u.startsWith("data:") || u === "about:blank"), requests.join("\n"));
  await context.close();
});

// Issue 13, read aloud: off by default, switched on by the person or by the host's `read_aloud=on`;
// a "Read aloud" button on each question and each result card reads it with the device's own
// speech synthesis, in the page's language, only where the device has a local voice for it (a
// voice that speaks through a server is never used); quick exit silences it. The device's speech
// synthesis is stubbed (page.addInitScript): it lists the given voices and records what is spoken.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, cont, text, ready } from "./harness.mjs";
import { axe, setSize, fitProblems, NORMAL, LARGE } from "./screens.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const AR = { name: "Arabic (device)", lang: "ar-SA", localService: true, default: false, voiceURI: "ar" };
const EN = { name: "English (device)", lang: "en-GB", localService: true, default: true, voiceURI: "en" };
const FA_REMOTE = { name: "Persian (online)", lang: "fa-IR", localService: false, default: false, voiceURI: "fa" };

/// A page whose speech synthesis offers `voices` and records each call in `window.__spoken`.
async function page(path, voices) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  // Nothing leaves 127.0.0.1; the exit page answers "204 No Content", so the page stays to be read.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) =>
    route.request().url().startsWith("https://") ? route.fulfill({ status: 204 }) : route.abort());
  const p = await context.newPage();
  p.setDefaultTimeout(8000);
  await p.addInitScript((given) => {
    const voices = given.slice();
    const spoken = (window.__spoken = []);
    const synth = new EventTarget();
    synth.getVoices = () => voices.slice();
    synth.speak = (u) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
    synth.cancel = () => spoken.push({ cancel: true });
    class Utterance { constructor(t) { this.text = t; this.lang = ""; this.voice = null; } }
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true, writable: true });
    // Browsers list voices late: a test adds one and fires the event, as Chrome does.
    window.__addVoice = (v) => { voices.push(v); synth.dispatchEvent(new Event("voiceschanged")); };
  }, voices);
  await p.goto(env.base + path);
  // The start screen is in the HTML before the wasm: wait for the widget itself.
  await ready(p);
  await p.getByTestId("start").waitFor();
  return { context, page: p };
}

/// axe and the fit checks of screens.test.mjs, on a screen with its read-aloud switch and buttons.
async function checked(p, what) {
  const problems = (await axe(p)).map((v) => `${what}: axe ${v}`);
  const cdp = await p.context().newCDPSession(p);
  for (const size of [NORMAL, LARGE]) {
    await setSize(p, cdp, size);
    problems.push(...(await fitProblems(p)).map((x) => `${what} at ${size.name}: ${x}`));
  }
  await setSize(p, cdp, NORMAL);
  return problems;
}

const spoken = (p) => p.evaluate(() => window.__spoken.filter((s) => !s.cancel));
const unmark = (s) => s.replace(/[\u2068\u2069]/g, "");

test("off by default; the person's switch adds a button that reads the question, in the page's language", async () => {
  const { context, page: p } = await page("?lang=ar", [EN, AR]);
  await p.getByTestId("start").click();
  assert.equal(await p.getByTestId("read-aloud").count(), 0, "no button until switched on");
  await p.getByTestId("read-aloud-toggle").click();
  assert.equal(await p.getByTestId("read-aloud-toggle").isChecked(), true, "the switch shows it is on");
  assert.equal(await p.evaluate(() => document.activeElement?.id), "wm-read", "and keeps focus");
  await p.getByTestId("read-aloud").click();
  const [said] = await spoken(p);
  assert.equal(said.lang, "ar-SA");
  assert.equal(said.voice, AR.name, "the Arabic voice, not the device's default English one");
  const heading = unmark(await p.locator("h1").innerText());
  assert.ok(said.text.includes(heading), `the question is read: ${said.text}`);
  assert.ok(said.text.includes(unmark(await p.locator('label[for="respondent-self"]').innerText())), "and its choices");
  assert.deepEqual(await checked(p, "an Arabic question read aloud"), []);
  // The switch stays on from screen to screen.
  await p.locator('input[name="respondent"][value="self"]').check();
  await cont(p);
  assert.equal(await p.getByTestId("read-aloud").count(), 1, "the next question has its button");
  await context.close();
});

test("the host's read_aloud=on starts it on; every result card can be read, by its own words", async () => {
  const { context, page: p } = await page("?lang=en&read_aloud=on", [EN]);
  await p.getByTestId("start").click();
  assert.equal(await p.getByTestId("read-aloud").count(), 1);
  assert.equal(await p.getByTestId("read-aloud-toggle").isChecked(), true);
  for (let i = 0; i < 40 && !(await p.getByTestId("check-answers").count()); i++) {
    if (await p.getByTestId("safety-interruption").count()) { await cont(p); continue; }
    const q = await p.getByTestId("question").getAttribute("data-question-id");
    if (q === "countries") {
      if (await p.getByTestId("host-country").count()) await p.getByTestId("host-country").selectOption("other");
      await p.getByTestId("origin-country").selectOption("SY");
    } else {
      await p.locator(`input[name="${q}"]`).first().check();
    }
    await cont(p);
  }
  await p.getByTestId("see-results").click();
  await p.getByTestId("results").waitFor();
  const cards = p.getByTestId("path");
  const n = await cards.count();
  assert.ok(n > 0);
  assert.equal(await p.locator('[data-testid="path"] [data-testid="read-aloud"]').count(), n, "one button per card");
  assert.deepEqual(await checked(p, "results read aloud"), []);
  const last = cards.nth(n - 1);
  // Cards fold into <details>, only the first open: the person opens the card to reach its button.
  await last.locator("details.card-body").evaluate((d) => { d.open = true; });
  await last.getByTestId("read-aloud").click();
  const said = (await spoken(p)).at(-1);
  assert.equal(said.lang, "en-GB");
  assert.ok(said.text.startsWith(await text(last.locator("h3"))), `the card's title first: ${said.text.slice(0, 80)}`);
  assert.ok(!said.text.includes("http"), "its sources are not read out");
  await context.close();
});

test("no voice for the language, or only one that speaks through a server: no switch and no button", async () => {
  const { context, page: p } = await page("?lang=fa&read_aloud=on", [EN, FA_REMOTE]);
  await p.getByTestId("start").click();
  assert.equal(await p.getByTestId("read-aloud-toggle").count(), 0);
  assert.equal(await p.getByTestId("read-aloud").count(), 0);
  // Switching to a language the device speaks brings them; back to Persian takes them away.
  await p.getByTestId("lang").selectOption("en");
  assert.equal(await p.getByTestId("read-aloud").count(), 1);
  await p.getByTestId("lang").selectOption("fa");
  assert.equal(await p.getByTestId("read-aloud").count(), 0);
  assert.deepEqual(await spoken(p), [], "nothing was spoken");
  await context.close();
});

test("without speech synthesis at all, or before the device lists a voice, there is no button; a voice listed late is used", async () => {
  const { context, page: p } = await page("?lang=en&read_aloud=on", []);
  await p.getByTestId("start").click();
  assert.equal(await p.getByTestId("read-aloud").count(), 0);
  await p.evaluate((v) => window.__addVoice(v), EN);
  await p.getByTestId("read-aloud").waitFor();
  await context.close();
  const bare = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const q = await bare.newPage();
  await q.addInitScript(() => { Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true }); });
  await q.goto(env.base + "?lang=en&read_aloud=on");
  await q.getByTestId("start").click();
  await q.getByTestId("question").waitFor();
  assert.equal(await q.getByTestId("read-aloud").count(), 0, "no button, and the widget works");
  await bare.close();
});

test("a voice listed late for another language leaves the screen and the focus alone; one for the page's language brings the switch, with focus kept on the page", async () => {
  const { context, page: p } = await page("?lang=en", [EN]);
  await p.getByTestId("start").click();
  await p.getByTestId("question").waitFor();
  const radio = p.locator('input[name="respondent"]').first();
  await radio.focus();
  await p.evaluate(() => { document.querySelector("main .screen").dataset.old = "1"; });
  await p.evaluate((v) => window.__addVoice(v), AR);
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await p.evaluate(() => document.querySelector("main .screen").dataset.old), "1", "the screen was not redrawn");
  assert.equal(await p.evaluate(() => document.activeElement?.name), "respondent", "focus stays on the choice");
  // The Arabic voice serves an Arabic page; Persian has none, until one is listed late: then the
  // screen is redrawn with the switch, and the focus goes to the heading, not to the page's body.
  await p.getByTestId("lang").selectOption("ar");
  await p.getByTestId("read-aloud-toggle").waitFor();
  await p.getByTestId("lang").selectOption("fa");
  assert.equal(await p.getByTestId("read-aloud-toggle").count(), 0);
  await radio.focus();
  await p.evaluate((v) => window.__addVoice(v), { ...AR, name: "Persian (device)", lang: "fa-IR", voiceURI: "fa-local" });
  await p.getByTestId("read-aloud-toggle").waitFor();
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const f = await p.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  assert.notEqual(f, "BODY", "the redraw does not drop the focus to the page's body");
  await context.close();
});

test("quick exit silences the voice at once", async () => {
  const { context, page: p } = await page("?lang=en&read_aloud=on", [EN]);
  await p.getByTestId("start").click();
  await p.getByTestId("read-aloud").click();
  await p.getByTestId("exit").click();
  await p.getByTestId("leaving").waitFor();
  const calls = await p.evaluate(() => window.__spoken);
  const spokeAt = calls.findLastIndex((c) => !c.cancel);
  assert.ok(spokeAt >= 0 && calls.slice(spokeAt + 1).some((c) => c.cancel), JSON.stringify(calls));
  await context.close();
});

// Issue 13, "every screen, every language": the widget is driven along walks computed from the
// flow (`waymark screens`: every question, in every variant, at least once), and every screen it
// shows (start, safety page, the interruption, each question and its error, check answers,
// results, the leaving screen) is checked in every locale:
// - axe finds no WCAG 2.2 AA violation;
// - nothing scrolls sideways and no element runs past the left or right edge, on a 360 px phone
//   and with text at 200% on a 320 px phone; the header never covers more than a third of it;
// - focus moves to the new screen's heading on every step (to the error summary on an error);
// - an error is announced and tied to each control it is about, names no option the question
//   does not offer, and a question's hints say nothing twice.
// Problems are gathered per locale and reported together, so one run shows every defect.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, ready } from "./harness.mjs";
import { LOCALES, flowData, axe, setSize, NORMAL, LARGE, fitProblems, focusOn, focused, drive, errorProblems, repeatedHints, screenName } from "./screens.mjs";

let env;
const flow = flowData();
const kinds = Object.fromEntries(flow.questions.map((q) => [q.id, q]));
before(async () => { env = await start(); });
after(async () => { await stop(env); });

test("the walks from the flow cover every question, and the picker offers every locale folder", async () => {
  const walked = new Set(flow.walks.flatMap((w) => w.route));
  assert.deepEqual([...walked].sort(), flow.questions.map((q) => q.id).sort());
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(env.base);
  const offered = await page.getByTestId("lang").locator("option").evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual([...offered].sort(), LOCALES);
  await context.close();
});

// The checks must see the defects issue 13 reported: each is planted back (the old CSS, through a
// context that may add styles despite the page's policy) and must be found.
test("the fit checks find the issue's defects when they are planted back", async () => {
  const planted = [
    ["ar", NORMAL, ".skip-exit{position:absolute;inset-inline-start:-100vw;clip-path:none;inline-size:auto;block-size:auto;white-space:normal}", /scrolls sideways \(720 px wide on 360\)/],
    ["ru", LARGE, ".top{position:sticky;inset-block-start:0}", /the header covers \d+ of 568 px/],
    ["de", LARGE, "h1,h2,h3,p,li,label,legend,button,dt,dd{overflow-wrap:normal!important}", /<(legend|label)> .* spans/],
  ];
  for (const [lang, size, css, found] of planted) {
    const context = await env.browser.newContext({ viewport: { width: NORMAL.width, height: NORMAL.height }, bypassCSP: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${env.base}?lang=${lang}`);
    await page.getByTestId("start").click();
    await page.getByTestId("question").waitFor();
    await setSize(page, cdp, size);
    assert.deepEqual(await fitProblems(page), [], `${lang} fits before the defect is planted`);
    await page.addStyleTag({ content: css });
    const problems = await fitProblems(page);
    assert.ok(problems.some((p) => found.test(p)), `${lang}: ${found} in ${JSON.stringify(problems)}`);
    await context.close();
  }
});

for (const lang of LOCALES) {
  test(`every screen in ${lang}: axe, fits 360 px and 200% text at 320 px, focus, errors`, async () => {
    const t0 = Date.now();
    const context = await env.browser.newContext({ viewport: { width: NORMAL.width, height: NORMAL.height } });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    // Nothing may leave 127.0.0.1. The exit page answers "204 No Content", so the browser stays on
    // the leaving screen and it can be checked (a held response would freeze the page instead).
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) =>
      route.request().url().startsWith("https://") ? route.fulfill({ status: 204 }) : route.abort());
    const cdp = await context.newCDPSession(page);
    await page.goto(`${env.base}?lang=${lang}`);
    // The start screen is in the HTML before the wasm: wait for the widget itself.
    await ready(page);
    await page.getByTestId("start").waitFor();
    assert.equal(await page.getByTestId("waymark-root").getAttribute("lang"), lang);

    const problems = [];
    const seen = new Set();
    const audited = new Set();
    let checked = 0;
    let preferNot = null;
    const errorsByQuestion = {};
    const audit = async (what) => {
      checked++;
      for (const v of await axe(page)) problems.push(`${what}: axe ${v}`);
      for (const size of [NORMAL, LARGE]) {
        await setSize(page, cdp, size);
        for (const p of await fitProblems(page)) problems.push(`${what} at ${size.name}: ${p}`);
      }
      await setSize(page, cdp, NORMAL);
    };
    const visit = async (name) => {
      seen.add(name);
      if (name === "start") {
        if (!seen.has("safety")) {
          await audit("start page");
          await page.getByTestId("safety-link").click();
          if (!(await focusOn(page, "main-heading"))) problems.push(`safety page: focus on ${await focused(page)}, not the heading`);
          seen.add("safety");
          await audit("safety page");
          await page.getByTestId("back").click();
          await page.getByTestId("start").waitFor();
        }
        return;
      }
      // A question is checked once per variant (the options it shows); the pages around the
      // questions on every walk (each walk's check list and results differ).
      const variant = await page.evaluate(() => [...document.querySelectorAll('form[data-testid="question"] input, form[data-testid="question"] select')].map((e) => e.tagName === "SELECT" ? e.id : e.value).join(" "));
      const again = variant && audited.has(`${name} ${variant}`);
      audited.add(`${name} ${variant}`);
      if (name.startsWith("error:")) {
        const q = name.slice(6);
        if (!(await focusOn(page, "error-summary"))) problems.push(`${name}: focus on ${await focused(page)}, not the error summary`);
        const { problems: ps, messages } = await errorProblems(page);
        for (const p of ps) problems.push(`${name}: ${p}`);
        errorsByQuestion[q] = messages.join(" ");
        if (!again) await audit(name);
        return;
      }
      if (!(await focusOn(page, "main-heading"))) problems.push(`${name}: focus on ${await focused(page)}, not the heading`);
      if (kinds[name]) {
        for (const s of await repeatedHints(page)) problems.push(`${name}: the hint says "${s}" twice`);
        if (preferNot === null && kinds[name].prefer_not && kinds[name].kind === "one") {
          preferNot = (await page.locator(`label[for="${name}-_prefer_not"]`).innerText()).trim();
        }
      }
      if (!again) await audit(name);
    };
    for (const [i, walk] of flow.walks.entries()) {
      await drive(page, walk, (name) => visit(name).catch((e) => { throw new Error(`walk ${i}, ${name}: ${e.message}`); }));
      if (i < flow.walks.length - 1) {
        await page.getByTestId("start-again").click();
        await page.getByTestId("restart-yes").click();
        await page.getByTestId("start").waitFor();
      }
    }
    // An error names no option the question does not offer (question 1 has no "I prefer not to say").
    assert.ok(preferNot, "a question offered 'I prefer not to say'");
    const bare = (s) => s.replace(/[\u2068\u2069“”"«»„‘’'‹›「」]/g, "").trim();
    for (const q of flow.questions.filter((q) => !q.prefer_not)) {
      if (errorsByQuestion[q.id] && bare(errorsByQuestion[q.id]).includes(bare(preferNot))) {
        problems.push(`error:${q.id}: the message offers "${preferNot}", which this question does not have`);
      }
    }
    // The leaving screen, while the exit page is held back.
    await page.getByTestId("exit").click();
    await page.getByTestId("leaving").waitFor();
    await audit("leaving screen");

    const missing = flow.questions.map((q) => q.id).filter((id) => !seen.has(id));
    assert.deepEqual(missing, [], "every question was shown");
    console.log(`# ${lang}: ${checked} screens checked in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await context.close();
    assert.deepEqual(problems, [], `${problems.length} problems in ${lang}:\n${problems.join("\n")}`);
  });
}

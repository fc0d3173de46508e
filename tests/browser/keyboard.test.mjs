// Issue 13: a keyboard-only walk (Tab, Shift+Tab, Space, Enter and arrow keys, nothing else) and a
// walk with text at 200% on a 320 px phone both reach the results, in a left-to-right and a
// right-to-left language; a language switch keeps focus where the person is; the countries page
// says which list is missing and ties each message to its own list.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, cont, ready } from "./harness.mjs";
import { flowData, setSize, LARGE, fitProblems, focusOn, focused, drive, errorProblems, screenName } from "./screens.mjs";

let env;
const flow = flowData();
before(async () => { env = await start(); });
after(async () => { await stop(env); });

async function page(lang, size) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const p = await context.newPage();
  p.setDefaultTimeout(8000);
  if (size) await setSize(p, await context.newCDPSession(p), size);
  await p.goto(`${env.base}?lang=${lang}`);
  // The start screen is in the HTML before the wasm: wait for the widget itself.
  await ready(p);
  await p.getByTestId("start").waitFor();
  return { context, page: p };
}

/// What has focus, as the tests name it: a data-testid, an id, or a control's kind.
const what = (page) => page.evaluate(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return "body";
  if (e.closest('form[data-testid="question"]') && /^(INPUT|SELECT)$/.test(e.tagName)) return `control:${e.tagName === "SELECT" ? "select" : e.type}`;
  if (e.dataset.testid) return e.dataset.testid;
  if (e.id === "main-heading" || e.id === "wm-lang") return e.id;
  return e.tagName.toLowerCase();
});

/// Presses `key` until `want(focus)` holds (at most `max` times).
async function pressUntil(page, key, want, max = 60) {
  for (let i = 0; i < max; i++) {
    if (want(await what(page))) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} x${max} never reached the wanted control (focus on ${await what(page)})`);
}

/// Presses `key` and waits for the next screen (a new `.screen`) and for focus on its heading.
async function next(page, key) {
  await page.evaluate(() => { document.querySelector("main .screen").dataset.old = "1"; });
  await page.keyboard.press(key);
  await page.waitForFunction(() => document.querySelector("main .screen")?.dataset.old !== "1");
  assert.ok(await focusOn(page, "main-heading"), `focus on the new screen's heading, not ${await focused(page)}`);
}

for (const lang of ["en", "ar"]) {
  test(`a keyboard-only walk reaches the results in ${lang}`, async () => {
    const { context, page: p } = await page(lang);
    const seen = [];
    await pressUntil(p, "Tab", (f) => f === "start");
    await next(p, "Enter");
    for (let n = 0; n < 60; n++) {
      const name = await screenName(p);
      seen.push(name);
      if (name === "check") break;
      if (name === "interruption") {
        await pressUntil(p, "Tab", (f) => f === "continue");
        await next(p, "Enter");
        continue;
      }
      // From the heading, Tab reaches the first choice: Space picks a radio or a box, an arrow
      // key picks in a list (then Tab on to the next list, if any).
      await pressUntil(p, "Tab", (f) => f.startsWith("control:"));
      if ((await what(p)) === "control:select") {
        while ((await what(p)) === "control:select") {
          await p.keyboard.press("ArrowDown");
          await p.keyboard.press("Tab");
        }
      } else {
        await p.keyboard.press("Space");
      }
      await pressUntil(p, "Tab", (f) => f === "continue");
      await next(p, "Enter");
    }
    assert.equal(seen.at(-1), "check", `reached the check page: ${seen.join(" ")}`);
    await pressUntil(p, "Tab", (f) => f === "see-results");
    await next(p, "Enter");
    await p.getByTestId("results").waitFor();
    assert.ok((await p.getByTestId("path").count()) > 0, "results show at least one path");
    await context.close();
  });

  test(`with text at 200% on a 320 px phone a walk reaches the results in ${lang}, every screen fitting`, async () => {
    const { context, page: p } = await page(lang, LARGE);
    assert.equal(await p.evaluate(() => getComputedStyle(document.documentElement).fontSize), "32px", "the browser's text size is doubled");
    const problems = [];
    // The longest walk the flow gives; clicks and ticks go through Playwright's checks that the
    // target is visible and not covered (by the header, say).
    const walk = flow.walks.reduce((a, b) => (b.route.length > a.route.length ? b : a));
    await drive(p, walk, async (name) => {
      for (const x of await fitProblems(p)) problems.push(`${name}: ${x}`);
    }, { errors: false });
    assert.ok((await p.getByTestId("path").count()) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("moving back with Shift+Tab is not the quick-exit shortcut (only Shift pressed alone counts)", async () => {
  const { context, page: p } = await page("en");
  let left = false;
  p.on("framenavigated", (f) => { if (f === p.mainFrame() && !f.url().startsWith(env.base)) left = true; });
  await p.getByTestId("start").click();
  await p.locator('input[name="respondent"][value="helper"]').check();
  await cont(p);
  await focusOn(p, "main-heading");
  for (let i = 0; i < 4; i++) await p.keyboard.press("Shift+Tab");
  await p.waitForTimeout(300);
  assert.equal(left, false, "four Shift+Tab presses left the page");
  assert.equal(await screenName(p), "location", "still on the question");
  assert.equal(await p.getByTestId("exit-status").innerText(), "", "no quick-exit count announced");
  await context.close();
});

/// Switches language from the keyboard: Shift+Tab back to the picker, an arrow key to the next language.
async function switchByKeyboard(p) {
  const before = await p.getByTestId("waymark-root").getAttribute("lang");
  await pressUntil(p, "Shift+Tab", (f) => f === "wm-lang" || f === "lang");
  await p.keyboard.press("ArrowDown");
  await p.waitForFunction((b) => document.querySelector('[data-testid="waymark-root"]').lang !== b, before);
}

test("a language switch keeps focus on the language list, on every kind of screen, left to right and right to left", async () => {
  const problems = [];
  for (const lang of ["en", "fa"]) {
    const { context, page: p } = await page(lang);
    const check = async (where) => {
      await switchByKeyboard(p);
      // After the new words are drawn (two frames), focus must still be somewhere useful.
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const f = await what(p);
      if (!["wm-lang", "lang", "main-heading"].includes(f)) problems.push(`${lang}, ${where}: focus on ${f} after a language switch`);
      // The mouse's way: choosing in the list (the control keeps focus, as it had it).
      await p.getByTestId("lang").selectOption(lang);
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const g = await what(p);
      if (!["wm-lang", "lang", "main-heading"].includes(g)) problems.push(`${lang}, ${where} (chosen with the mouse): focus on ${g}`);
    };
    await check("start page");
    await p.getByTestId("start").click();
    await focusOn(p, "main-heading");
    await check("first question");
    await p.locator('input[name="respondent"]').first().check();
    await cont(p);
    await check("second question");
    await cont(p);
    await check("a question showing an error");
    await context.close();
  }
  assert.deepEqual(problems, []);
});

for (const lang of ["en", "ar"]) {
  test(`the countries page says which list is missing, and ties each message to its own list (${lang})`, async () => {
    const { context, page: p } = await page(lang);
    await p.getByTestId("start").click();
    await p.locator('input[name="respondent"][value="self"]').check();
    await cont(p);
    await p.locator('input[name="location"][value="host"]').check();
    await cont(p);
    assert.equal(await screenName(p), "countries");
    const messages = {};
    for (const [missing, fill] of [["both", {}], ["origin", { host: "other" }], ["host", { origin: "SY" }]]) {
      await p.getByTestId("host-country").selectOption(fill.host ?? "");
      await p.getByTestId("origin-country").selectOption(fill.origin ?? "");
      await cont(p);
      const { problems, messages: m } = await errorProblems(p);
      assert.deepEqual(problems, [], `${missing} missing`);
      messages[missing] = m.join(" ");
    }
    assert.notEqual(messages.origin, messages.host, "the message names the list that is empty");
    if (lang === "en") {
      assert.match(messages.origin, /citizen/i);
      assert.doesNotMatch(messages.origin, /in now/i);
    }
    await context.close();
  });
}

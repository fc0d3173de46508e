// Issue #2: a person can walk from Start to results; personas through the UI match the engine;
// Back and Change keep answers; Start again clears them; no axe WCAG 2.2 AA violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { start, stop, open, walk, paths, cont, questionId, choose, text } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const CLI = process.env.WAYMARK_CLI || "target/debug/waymark";
function engine(pack, facts) {
  const dir = mkdtempSync(join(tmpdir(), "waymark-"));
  const f = join(dir, "facts.json");
  writeFileSync(f, JSON.stringify(facts));
  return JSON.parse(execFileSync(CLI, ["evaluate", "--pack", pack, f], { encoding: "utf8" }));
}

async function axe(page, what) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const v = r.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(v, [], `axe violations on ${what}`);
}

test("a person walks from Start to results and sees protection first, with sources and the not-advice notice", async () => {
  const { page, context } = await open(env);
  await walk(page, {
    respondent: "self", location: "host", countries: { host: "other", origin: "AF" }, wish: "return", informed: "partly",
    means: "travel_help", stay_status: "irregular_entry", order_to_leave: "no",
    fear_of_harm: "yes", screening: [], age_band: "27_59", tailor: "no", situation: ["documents=none"],
  });
  await page.getByTestId("see-results").click();
  const ps = await paths(page);
  const ids = ps.map((p) => p.id);
  assert.ok(ids.includes("asylum_referral") && ids.includes("avrr") && ids.includes("counsellor"), ids.join());
  assert.ok(ps.find((p) => p.id === "asylum_referral").rank < ps.find((p) => p.id === "avrr").rank);
  assert.equal(ps.find((p) => p.id === "avrr").standing, "info_only", "fear of harm holds return back");
  assert.deepEqual(ps.map((p) => p.rank), [...ps.map((p) => p.rank)].sort((a, b) => a - b), "cards in rank order");
  const card = page.locator('[data-path-id="asylum_referral"]');
  // The first card is open; its reasons and sources fold behind "Why you see this".
  await card.locator("details.why > summary").click();
  assert.match(await text(card.getByTestId("because")), /Afraid of harm/);
  assert.match(await text(card.getByTestId("cites")), /IOM source document 004, lines 669/);
  assert.match(await page.getByTestId("not-advice").innerText(), /not legal advice/);
  assert.match(await text(page.getByTestId("rules-as-of")), /Rules as of \d{1,2} [A-Z][a-z]+ \d{4}/);
  assert.match(await text(page.getByTestId("reviewed")), /Last checked on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await context.close();
});

test("routing skips what does not apply: a person back home is not asked about papers here", async () => {
  const { page, context } = await open(env);
  const seen = await walk(page, { location: "origin", countries: { origin: "GT" }, tailor: "no" });
  assert.ok(!seen.includes("stay_status") && !seen.includes("wish") && !seen.includes("order_to_leave"), seen.join());
  assert.ok(seen.includes("return_mode"));
  assert.equal(await page.getByTestId("host-country").count(), 0);
  await context.close();
});

test("a question without an answer shows an error and stays", async () => {
  const { page, context } = await open(env);
  await page.getByTestId("start").click();
  await cont(page);
  await page.getByTestId("error").waitFor();
  assert.equal(await questionId(page), "respondent");
  // This question has no "I prefer not to say", so its error does not offer it (issue 13).
  assert.doesNotMatch(await text(page.getByTestId("error")), /prefer not/);
  await context.close();
});

test("the country lists start with stateless, other and prefer-not, and the error names the empty list", async () => {
  const { page, context } = await open(env);
  await page.getByTestId("start").click();
  await choose(page, "respondent", "self");
  await choose(page, "location", "host");
  const first = await page.getByTestId("origin-country").locator("option").evaluateAll((os) => os.slice(0, 4).map((o) => o.value));
  assert.deepEqual(first, ["", "stateless", "other", "_prefer_not"]);
  await page.getByTestId("origin-country").selectOption("AF");
  await cont(page);
  await page.getByTestId("error").waitFor();
  assert.match(await text(page.getByTestId("error")), /the country you are in now/);
  await context.close();
});

test("Back keeps every answer, and Change returns to the check page", async () => {
  const { page, context } = await open(env);
  await page.getByTestId("start").click();
  await choose(page, "respondent", "helper");
  await choose(page, "location", "host");
  assert.equal(await questionId(page), "countries");
  await page.getByTestId("back").click();
  assert.equal(await questionId(page), "location");
  assert.ok(await page.locator('input[name="location"][value="host"]').isChecked());
  await page.getByTestId("back").click();
  assert.ok(await page.locator('input[name="respondent"][value="helper"]').isChecked());
  await page.getByTestId("back").click();
  await page.getByTestId("start").waitFor();

  await walk(page, { respondent: "helper", location: "host", wish: "stay", countries: { host: "other", origin: "MA" } });
  const row = page.locator('[data-testid="check-row"][data-question-id="wish"]');
  assert.match(await row.innerText(), /Stay in this country/);
  await row.getByTestId("change").click();
  assert.equal(await questionId(page), "wish");
  assert.ok(await page.locator('input[name="wish"][value="stay"]').isChecked());
  await page.locator('input[name="wish"][value="unsure"]').check();
  await cont(page);
  // "unsure" brings no new question that was never answered before, except those of return:
  // answer whatever is asked until the check page.
  for (let i = 0; i < 10 && !(await page.getByTestId("check-answers").count()); i++) {
    if (await page.getByTestId("safety-interruption").count()) { await cont(page); continue; }
    const qid = await questionId(page);
    await page.locator(`input[name="${qid}"]`).last().check();
    await cont(page);
  }
  assert.match(await page.locator('[data-testid="check-row"][data-question-id="wish"]').innerText(), /I do not know yet/);
  assert.match(await page.locator('[data-testid="check-row"][data-question-id="respondent"]').innerText(), /helping a friend/);
  await context.close();
});

test("Start again wipes every answer", async () => {
  const { page, context } = await open(env);
  await walk(page, { respondent: "counsellor", location: "host", wish: "stay", countries: { host: "other", origin: "SN" } });
  await page.getByTestId("see-results").click();
  await page.getByTestId("start-again").click();
  await page.getByTestId("restart-yes").click();
  await page.getByTestId("start").click();
  assert.equal(await questionId(page), "respondent");
  assert.equal(await page.locator('input[name="respondent"]:checked').count(), 0, "no answer remembered");
  await context.close();
});

const personas = JSON.parse(readFileSync("tests/personas/public.json", "utf8"));
const TAILOR = ["family_returning", "welcome_expected", "restart_needs", "future_mobility"];

/// Answers a question on screen the way the persona would: question ids are fact keys for
/// single-answer questions; checkbox values are `fact=value`.
async function answerAs(page, qid, facts) {
  if (qid === "countries") {
    if (await page.getByTestId("host-country").count()) await page.getByTestId("host-country").selectOption(facts.host_country ?? "other");
    await page.getByTestId("origin-country").selectOption(facts.origin_country ?? "_prefer_not");
  } else if (qid === "tailor") {
    await page.locator(`input[name="tailor"][value="${TAILOR.some((k) => k in facts) ? "yes" : "no"}"]`).check();
  } else {
    const boxes = await page.locator(`input[name="${qid}"][type="checkbox"]`).evaluateAll((els) => els.map((e) => e.value));
    if (boxes.length) {
      const on = boxes.filter((v) => {
        const [f, val] = v.split("=");
        return val !== undefined && (facts[f] === val || (Array.isArray(facts[f]) && facts[f].includes(val)));
      });
      const known = boxes.some((v) => v.split("=")[0] in facts);
      if (!known) await page.locator(`input[name="${qid}"][value="_prefer_not"]`).check();
      else if (!on.length) await page.locator(`input[name="${qid}"][value="_none"]`).check();
      for (const v of on) await page.locator(`input[name="${qid}"][value="${v}"]`).check();
    } else {
      // A fact the persona does not give is "prefer not to say", or, where a question has no
      // such option (`informed`), the answer that adds nothing.
      const v = facts[qid] ?? ({ informed: "yes" }[qid] ?? "_prefer_not");
      await page.locator(`input[name="${qid}"][value="${v}"]`).check();
    }
  }
  await cont(page);
}

for (const p of personas) {
  test(`persona through the UI matches the engine: ${p.name}`, async () => {
    const { page, context } = await open(env, { path: p.pack !== "generic" ? `?pack=${p.pack}` : "" });
    await page.getByTestId("start").click();
    for (let i = 0; i < 40 && !(await page.getByTestId("check-answers").count()); i++) {
      if (await page.getByTestId("safety-interruption").count()) { await cont(page); continue; }
      await answerAs(page, await questionId(page), p.facts);
    }
    await page.getByTestId("see-results").click();
    const ui = (await paths(page)).map((x) => x.id).sort();
    const cli = engine(p.pack, p.facts).paths.map((x) => x.id).sort();
    assert.deepEqual(ui, cli, "the UI shows the engine's paths");
    for (const id of p.must_include ?? []) assert.ok(ui.includes(id), `${id} shown`);
    await context.close();
  });
}

test("axe finds no WCAG 2.2 AA violation on the start page, a question page and the results page", async () => {
  const { page, context } = await open(env);
  await axe(page, "the start page");
  await page.getByTestId("start").click();
  await axe(page, "the first question");
  await cont(page);
  await page.getByTestId("error").waitFor();
  await axe(page, "a question with an error");
  await context.close();
  const second = await open(env);
  await walk(second.page, { location: "host", wish: "return", countries: { host: "other", origin: "IQ" }, screening: ["pressure=yes"], fear_of_harm: "unsure" });
  await axe(second.page, "the check page");
  await second.page.getByTestId("see-results").click();
  await second.page.getByTestId("results").waitFor();
  await axe(second.page, "the results page");
  await second.context.close();
});

test("on a 360 px screen nothing scrolls sideways, and the keyboard alone reaches results", async () => {
  const { page, context } = await open(env);
  const wide = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(await wide(), false, "start page fits 360 px");
  // Which screen is showing, so each key press can wait for the next one to arrive.
  const shown = () => page.evaluate(() =>
    document.querySelector("form[data-question-id]")?.dataset.questionId
    ?? (document.querySelector('[data-testid="safety-interruption"]') ? "interruption" : null)
    ?? (document.querySelector('[data-testid="check-answers"]') ? "check" : "start"));
  const pressAndWait = async (key) => {
    const before = await shown();
    await page.keyboard.press(key);
    await page.waitForFunction((b) =>
      (document.querySelector("form[data-question-id]")?.dataset.questionId
        ?? (document.querySelector('[data-testid="safety-interruption"]') ? "interruption" : null)
        ?? (document.querySelector('[data-testid="check-answers"]') ? "check" : "start")) !== b, before);
    // Each new screen moves focus to its heading (for screen readers); wait for that, as a person would.
    await page.waitForFunction(() => document.activeElement?.id === "main-heading");
  };
  await page.getByTestId("start").focus();
  await pressAndWait("Enter");
  // Keyboard: Tab to the first radio, Space to choose, Enter submits the form.
  for (let i = 0; i < 40 && (await shown()) !== "check"; i++) {
    if ((await shown()) === "interruption") {
      await page.getByTestId("continue").focus();
      await pressAndWait("Enter");
      continue;
    }
    assert.equal(await wide(), false, `question ${await questionId(page)} fits 360 px`);
    const first = page.locator('form[data-testid="question"] input, form[data-testid="question"] select').first();
    await first.focus();
    if ((await first.evaluate((e) => e.tagName)) === "SELECT") {
      // Choose in each list with the arrow keys, then Tab on to Continue (Enter in a list does not submit).
      const focused = () => page.evaluate(() => document.activeElement?.tagName + ":" + (document.activeElement?.dataset.testid ?? ""));
      for (let k = 0; k < 6 && !(await focused()).endsWith(":continue"); k++) {
        if ((await focused()).startsWith("SELECT")) await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Tab");
      }
      assert.match(await focused(), /:continue$/, "Tab reaches Continue");
    } else {
      await page.keyboard.press("Space");
    }
    await pressAndWait("Enter");
  }
  await page.getByTestId("see-results").focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("results").waitFor();
  assert.equal(await wide(), false, "results fit 360 px");
  await context.close();
});

test("a country pack's results (long official sources) fit a 360 px screen and show the rules' date", async () => {
  const { page, context } = await open(env);
  await walk(page, { location: "host", wish: "stay", countries: { host: "DE", origin: "AF" }, stay_status: "tolerated", time_in_host: "6_8", situation: ["work=formal"], fear_of_harm: "no", screening: [], age_band: "18_26" });
  await page.getByTestId("see-results").click();
  const ps = await paths(page);
  assert.ok(ps.some((p) => p.id.startsWith("regularisation_de_")), ps.map((p) => p.id).join());
  assert.equal(await page.getByTestId("results").getAttribute("data-pack"), "de");
  assert.match(await text(page.getByTestId("rules-as-of")), /Rules as of \d{1,2} [A-Z][a-z]+ \d{4} \(rules for Germany\)/);
  // An official source names the law (a link to its public copy) and the date it was read, in the
  // person's words.
  const cites = await page.locator('[data-path-id^="regularisation_de_"] [data-testid="cites"] li').allTextContents();
  // (Fluent isolates each placeable with U+2068 … U+2069.)
  assert.ok(cites.map((c) => c.replace(/[\u2068\u2069]/g, "")).some((c) => /AufenthG.* · read on \d{1,2} [A-Z][a-z]+ \d{4}/.test(c)), cites.join("\n"));
  const hrefs = await page.locator('[data-path-id^="regularisation_de_"] [data-testid="source-link"]').evaluateAll((as) => as.map((a) => [a.href, a.rel]));
  assert.ok(hrefs.some(([h, rel]) => h.startsWith("https://www.gesetze-im-internet.de/") && rel.includes("noreferrer")), JSON.stringify(hrefs));
  // ...by its own title only: the pack's English summary of it is for counsellors and the CLI.
  assert.ok(!cites.some((c) => /wording checked|residence for/.test(c)), cites.join("\n"));
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, "no sideways scroll");
  await context.close();
});

test("results warn when the rules were reviewed more than 12 months ago", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  // The same pack, seen two years later: the review is now old.
  await page.clock.install({ time: new Date("2028-12-01T10:00:00Z") });
  await page.goto(env.base);
  await walk(page, { location: "host", wish: "return", countries: { host: "other", origin: "MA" } });
  await page.getByTestId("see-results").click();
  await page.getByTestId("results").waitFor();
  assert.match(await text(page.getByTestId("review-old")), /more than 12 months ago/);
  await context.close();
  const fresh = await open(env);
  await walk(fresh.page, { location: "host", wish: "return", countries: { host: "other", origin: "MA" } });
  await fresh.page.getByTestId("see-results").click();
  await fresh.page.getByTestId("results").waitFor();
  assert.equal(await fresh.page.getByTestId("review-old").count(), 0, "no warning for a recent review");
  await fresh.context.close();
});

// Issue #5: a full walk in Arabic, mirrored right to left; switching language midway keeps every
// answer and the screen; every locale's start page passes axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { start, stop, open, walk, paths, cont, questionId, choose } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const LOCALES = ["en", "ar", "de", "es", "fa", "fr", "pt", "ru", "tr", "uk"];

test("a full walk in Arabic ends on results, right to left, with the layout mirrored", async () => {
  const s = await open(env, { locale: "ar-EG" });
  const root = s.page.getByTestId("waymark-root");
  assert.equal(await root.getAttribute("lang"), "ar", "the browser's language is chosen");
  assert.equal(await root.getAttribute("dir"), "rtl");
  assert.equal(await s.page.evaluate(() => document.documentElement.getAttribute("dir")), null, "the host page's own direction is untouched");
  await walk(s.page, { location: "host", wish: "return", countries: { host: "other", origin: "SY" }, fear_of_harm: "yes" });
  await s.page.getByTestId("see-results").click();
  const ps = await paths(s.page);
  assert.ok(ps.some((p) => p.id === "asylum_referral"));
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("dir"), "rtl");
  // Mirrored: the Back link sits at the right edge, the card's accent border on the right.
  const back = await s.page.getByTestId("back").boundingBox();
  const width = s.page.viewportSize().width;
  assert.ok(back.x + back.width > width - 40, `Back link on the right (${back.x}+${back.width} of ${width})`);
  const border = await s.page.getByTestId("path").first().evaluate((e) => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]);
  assert.equal(border[0], "8px", "the accent border is on the right, where a line starts");
  const heading = await s.page.locator("h1").innerText();
  assert.match(heading, /[\u0600-\u06FF]/, "the heading is in Arabic script");
  await s.context.close();
});

test("switching language midway keeps every answer and the current screen", async () => {
  const s = await open(env);
  await s.page.getByTestId("start").click();
  await choose(s.page, "respondent", "helper");
  await choose(s.page, "location", "transit");
  assert.equal(await questionId(s.page), "countries");
  await s.page.getByTestId("origin-country").selectOption("ER");
  const legendEn = await s.page.locator("legend").innerText();
  await s.page.getByTestId("lang").selectOption("fr");
  assert.equal(await questionId(s.page), "countries", "same screen");
  assert.notEqual(await s.page.locator("legend").innerText(), legendEn, "the words changed");
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("lang"), "fr");
  assert.equal(await s.page.getByTestId("origin-country").inputValue(), "ER", "the choice on screen is kept");
  await s.page.getByTestId("lang").selectOption("fa");
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("dir"), "rtl");
  await s.page.getByTestId("back").click();
  assert.ok(await s.page.locator('input[name="location"][value="transit"]').isChecked(), "earlier answers kept");
  await s.page.getByTestId("back").click();
  assert.ok(await s.page.locator('input[name="respondent"][value="helper"]').isChecked());
  await s.page.getByTestId("lang").selectOption("en");
  assert.equal(await s.page.getByTestId("waymark-root").getAttribute("dir"), "ltr");
  await s.context.close();
});

test("the language list names each language in its own script", async () => {
  const s = await open(env);
  const options = await s.page.getByTestId("lang").locator("option").evaluateAll((os) => os.map((o) => [o.value, o.textContent, o.lang]));
  assert.deepEqual(options.map((o) => o[0]).sort(), [...LOCALES].sort());
  const names = Object.fromEntries(options.map((o) => [o[0], o[1]]));
  assert.equal(names.ar, "العربية");
  assert.equal(names.ru, "Русский");
  assert.equal(names.de, "Deutsch");
  assert.equal(names.tr, "Türkçe");
  assert.equal(names.fa, "فارسی / دری", "the Persian locale serves Dari readers too");
  assert.ok(options.every((o) => o[0] === o[2]), "each option is marked with its own language");
  await s.context.close();
});

for (const lang of LOCALES) {
  test(`the ${lang} start page has no axe violation and no English fallback`, async () => {
    const s = await open(env, { path: `?lang=${lang}` });
    const r = await new AxeBuilder({ page: s.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    assert.deepEqual(r.violations.map((v) => v.id), []);
    // Someone landed in a language they cannot read still finds the picker: its label says
    // "Language" too, and the globe is hidden from screen readers (issue 13).
    const label = s.page.locator('label[for="wm-lang"]');
    assert.match(await label.innerText(), /Language/);
    assert.equal((await label.locator('[aria-hidden="true"]').innerText()).trim(), "🌐");
    if (lang !== "en") {
      const en = await open(env, { path: "?lang=en" });
      assert.notEqual(await s.page.locator("h1").innerText(), await en.page.locator("h1").innerText(), "translated heading");
      await en.context.close();
    }
    await s.context.close();
  });
}

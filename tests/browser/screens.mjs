// Helpers for the every-screen tests (issue 13): the flow's screens and walks from the native CLI
// (`waymark screens`, one source with src/flow), driving the widget along a walk, and the checks
// made on each screen (axe, sideways scrolling at 360 px and at 200% text on 320 px, the header's
// share of the screen, focus, errors tied to their field).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DIST, cont } from "./harness.mjs";

const root = join(DIST, "..");

/// Every locale folder (the build ships them all unless WAYMARK_LOCALES says otherwise; the tests
/// check the picker lists exactly these, so a subset build fails loudly rather than passing short).
export const LOCALES = readdirSync(join(root, "locales"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, "locales", d.name, "ui.ftl")))
  .map((d) => d.name)
  .sort();

/// The flow's questions, screens and covering walks, from `waymark screens`. WAYMARK_CLI names a
/// built binary; otherwise cargo runs it (building it if needed, so it is never stale).
export function flowData() {
  const out = process.env.WAYMARK_CLI
    ? execFileSync(process.env.WAYMARK_CLI, ["screens"], { encoding: "utf8" })
    : execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", "waymark", "--", "screens"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out);
}

// axe-core is injected once per document (page.evaluate runs outside the page's CSP) and run
// directly: AxeBuilder re-injects its 500 KB source on every call, which made each check 4x slower.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// axe's WCAG 2.2 AA violations on the page, as "rule: target, target" strings.
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate((tags) =>
    window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)), AXE_TAGS);
}

/// The two sizes checked: a 360 px phone at the default text size, and a 320 px phone with the
/// browser's text size at 200% (Chromium's default font size 16 -> 32 px through the DevTools
/// protocol, as the browser's own text-size setting does: rem, em and `em` media queries all follow,
/// unlike a root `font-size` set by script, which media queries ignore).
export const NORMAL = { name: "360 px", width: 360, height: 740, font: 16 };
export const LARGE = { name: "200% text at 320 px", width: 320, height: 568, font: 32 };

export async function setSize(page, cdp, size) {
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: size.font, fixed: Math.round(size.font * 13 / 16) } });
  await page.setViewportSize({ width: size.width, height: size.height });
}

/// What does not fit at the current size: sideways scrolling, elements past the left or right
/// edge, and a header covering more than a third of the screen once the page is scrolled down.
export async function fitProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const de = document.documentElement;
    const w = de.clientWidth;
    if (de.scrollWidth > w) out.push(`scrolls sideways (${de.scrollWidth} px wide on ${w})`);
    const hidden = (e) => e.closest(".visually-hidden, .skip-exit:not(:focus)");
    const past = [];
    for (const e of document.querySelectorAll("h1, h2, h3, h4, button, label, legend, select, input, p, li, dt, dd, a, .tag")) {
      const r = e.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || hidden(e)) continue;
      // Only the outermost: an element inside one already named is past the edge with it.
      if ((r.left < -1 || r.right > w + 1) && !past.some((p) => p.contains(e))) {
        past.push(e);
        const name = e.dataset.testid || e.id;
        out.push(`<${e.tagName.toLowerCase()}${name ? " " + name : ""}> "${e.textContent.trim().slice(0, 30)}" spans ${Math.round(r.left)}..${Math.round(r.right)} of ${w}`);
      }
    }
    const header = document.querySelector("header.top");
    if (header && de.scrollHeight > innerHeight + header.offsetHeight) {
      const y = scrollY;
      window.scrollTo(0, de.scrollHeight);
      const r = header.getBoundingClientRect();
      const covered = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
      if (covered > innerHeight / 3) out.push(`the header covers ${Math.round(covered)} of ${innerHeight} px after scrolling`);
      window.scrollTo(0, y);
    }
    return out;
  });
}

/// Whether focus is on the screen's main heading (waiting a little: it moves after the frame).
export async function focusOn(page, id, timeout = 1500) {
  try {
    await page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout });
    return true;
  } catch {
    return false;
  }
}

export async function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.dataset?.testid ? "[" + e.dataset.testid + "]" : ""}` : "none";
  });
}

/// Which screen is on show: a question id, or interruption, check, results, start, safety, leaving.
export async function screenName(page) {
  return page.evaluate(() => {
    const q = document.querySelector('form[data-testid="question"]');
    if (q) return q.dataset.questionId;
    for (const [testid, name] of [["safety-interruption", "interruption"], ["check-answers", "check"], ["results", "results"], ["start", "start"], ["leaving", "leaving"]]) {
      if (document.querySelector(`[data-testid="${testid}"]`)) return name;
    }
    return document.querySelector("main h1") ? "safety" : "unknown";
  });
}

/// Puts the walk's answer to the question on screen into the page (no Continue).
export async function fill(page, a) {
  const q = a.question;
  if ("host" in a || "origin" in a) {
    if (await page.getByTestId("host-country").count()) await page.getByTestId("host-country").selectOption(a.host ?? "other");
    await page.getByTestId("origin-country").selectOption(a.origin ?? "_prefer_not");
  } else if ("value" in a) {
    await page.locator(`input[name="${q}"][value="${a.value}"]`).check();
  } else if ("gate" in a) {
    await page.locator(`input[name="${q}"][value="${a.gate ? "yes" : "no"}"]`).check();
  } else if ("ticked" in a) {
    if (!a.ticked.length) await page.locator(`input[name="${q}"][value="_none"]`).check();
    for (const v of a.ticked) await page.locator(`input[name="${q}"][value="${v}"]`).check();
  } else if (a.prefer_not) {
    await page.locator(`input[name="${q}"][value="_prefer_not"]`).check();
  } else {
    throw new Error(`an answer the tests cannot give: ${JSON.stringify(a)}`);
  }
}

/// Drives the widget along `walk` from the start page to results, calling `visit(name, step)` on
/// each screen: "start", "interruption", `error:<question>` (Continue pressed with nothing chosen),
/// the question id, "check", "results". `step` is the walk's answer for a question. Fails if the
/// widget asks a question the flow did not route to.
export async function drive(page, walk, visit, { errors = true } = {}) {
  await visit("start");
  await page.getByTestId("start").click();
  let i = 0;
  for (let n = 0; n < 80; n++) {
    const name = await screenName(page);
    if (name === "interruption") {
      await visit("interruption");
      await cont(page);
      continue;
    }
    if (name === "check") break;
    const step = walk.answers[i];
    if (name !== step?.question) throw new Error(`the widget shows ${name}; the flow's walk expects ${step?.question} (step ${i} of ${walk.route.join(" ")})`);
    await visit(name, step);
    if (errors) {
      await cont(page);
      await visit(`error:${name}`, step);
    }
    await fill(page, step);
    await cont(page);
    i++;
  }
  if (i !== walk.answers.length) throw new Error(`the check page came after ${i} of ${walk.answers.length} questions`);
  await visit("check");
  await page.getByTestId("see-results").click();
  await page.getByTestId("results").waitFor();
  await visit("results");
}

/// How an error on a question page reaches a person: announced (role=alert or aria-live), focused,
/// and tied to each control it is about (aria-invalid, and aria-describedby on the control or its
/// fieldset naming an element with the message). Returns the problems and the messages.
export async function errorProblems(page) {
  return page.evaluate(async () => {
    // The widget moves focus to the summary in the animation frame after it draws it; a screen
    // drawn quickly (the countries lists fill after the paint) can be seen before that frame.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const out = [];
    const form = document.querySelector('form[data-testid="question"]');
    const summary = document.querySelector('[data-testid="error"]');
    if (!summary) return { problems: ["no error is shown"], messages: [] };
    const live = summary.closest('[role="alert"], [aria-live="assertive"], [aria-live="polite"], [role="status"]');
    if (!live) out.push("the error is not announced (no role=alert or aria-live)");
    const messages = [...summary.querySelectorAll("p, li")].map((e) => e.textContent.trim()).filter(Boolean);
    if (!messages.length) out.push("the error summary holds no message");
    const describedBy = (e) => (e.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent.trim() ?? `(missing #${id})`).join(" ");
    const controls = [...form.querySelectorAll('input[type="radio"], input[type="checkbox"], select')];
    const groups = new Map();
    for (const c of controls) {
      const key = c.tagName === "SELECT" ? c.id : c.name;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    let tied = 0;
    for (const [key, cs] of groups) {
      // A list is in error when it is empty; a group of radios or boxes when none is chosen.
      const wrong = cs[0].tagName === "SELECT" ? cs[0].value === "" : !cs.some((c) => c.checked);
      if (!wrong) {
        if (cs.some((c) => c.getAttribute("aria-invalid") === "true")) out.push(`${key} is marked invalid but was answered`);
        continue;
      }
      tied++;
      for (const c of cs) {
        if (c.getAttribute("aria-invalid") !== "true") { out.push(`${key}: aria-invalid is not set`); break; }
      }
      for (const c of cs) {
        const desc = describedBy(c) + " " + describedBy(c.closest("fieldset") ?? c);
        if (!messages.some((m) => desc.includes(m))) { out.push(`${key}: the message is not in its description (aria-describedby: "${desc.trim().slice(0, 80)}")`); break; }
      }
    }
    if (!tied) out.push("no control is in error");
    if (!document.activeElement || document.activeElement === document.body) out.push("focus was dropped to <body>");
    return { problems: out, messages };
  });
}

/// Sentences said twice among a question's hints ("Choose all that apply" in the question's own
/// hint and in the list's), also in slightly different words: two sentences of three words or more
/// that share most of their words (Jaccard index 0.4 or more) count as one said twice.
export async function repeatedHints(page) {
  return page.evaluate(() => {
    const said = [];
    const again = [];
    for (const h of document.querySelectorAll('form[data-testid="question"] .hint')) {
      for (const s of h.textContent.split(/(?<=[.!?؟。])\s+/)) {
        const words = new Set(s.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []);
        if (words.size < 3) continue;
        for (const w of said) {
          const shared = [...words].filter((x) => w.has(x)).length;
          if (shared / (words.size + w.size - shared) >= 0.4) { again.push(s.trim()); break; }
        }
        said.push(words);
      }
    }
    return again;
  });
}

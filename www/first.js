// The first screen's script: a small classic script in <head>, run before the body is parsed
// (README "Performance"). The build puts the start screen in index.html once per language
// (`waymark prerender`, from src/first/: the same markup and messages the widget draws), so it
// shows as soon as the HTML and CSS arrive. This script, without the wasm:
// - keeps only the screen in the person's language, chosen as the widget chooses it
//   (src/i18n.rs `negotiate`, with the host's `lang` option read as src/host/mod.rs reads it), before
//   the first paint: a MutationObserver removes the other languages' screens as they are parsed;
// - makes quick exit work from the first paint: the Leave buttons and Shift pressed three times
//   within five seconds, to the host's exit address when it passes src/host/mod.rs's check, else
//   the default (written in by the build from src/host/mod.rs);
// - warms the browser's country names (Intl) while the wasm downloads;
// - holds a press on Start or the safety link until the widget is ready, and says it is loading
//   (in the screen's `role="status"` region) if that takes longer than a moment; a language chosen
//   from the list shows that language's screen at once. The widget reads both marks on <html>
//   when it takes over (src/ui/web.rs `first_screen_choices`).
// scripts/post-build.mjs fills in LOCALES and EXIT, minifies this and links it. The checks are
// tested against the Rust ones with one table (tests/first-screen.json).
(() => {
  const LOCALES = ["en"];
  const EXIT = "";

  // src/i18n.rs `served_by` and `negotiate`.
  const alpha = (s) => /^[A-Za-z]+$/.test(s);
  const servedBy = (tag) => {
    const parts = String(tag).split(/[-_]/);
    const lang = parts.shift().replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (!(alpha(lang) && [2, 3, 5, 6, 7, 8].includes(lang.length))) return null;
    let stage = 0;
    for (const p of parts) {
      const n = p.length;
      if (stage < 1 && n === 4 && alpha(p)) stage = 1;
      else if (stage < 2 && ((n === 2 && alpha(p)) || (n === 3 && /^[0-9]+$/.test(p)))) stage = 2;
      else if (n >= 4 && n <= 8 && /^[A-Za-z0-9]+$/.test(p)) stage = 3;
      else return null;
    }
    return LOCALES.includes(lang) ? lang : null;
  };
  const negotiate = (host, browser) =>
    (host && servedBy(host)) || browser.map(servedBy).find((l) => l) || "en";

  // src/host/mod.rs: Unicode White_Space and control characters as Rust's `char` methods see them.
  const WS = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  const trim = (s) => s.replace(new RegExp(`^[${WS}]+|[${WS}]+$`, "g"), "");
  const hostOk = (h) => /^[A-Za-z0-9.\-:[\]]+$/.test(h) && !/^[.-]/.test(h);
  const exitOk = (v) => {
    if (new RegExp(`[${WS}\\u0000-\\u001f\\u007f-\\u009f\\\\"<>]`).test(v) || !v.startsWith("https://")) return false;
    const host = v.slice(8).split(/[/?#]/)[0];
    return !host.includes("@") && hostOk(host);
  };
  const originOk = (v) => {
    const i = v.indexOf("://");
    if (i < 0) return false;
    const scheme = v.slice(0, i);
    const host = v.slice(i + 3);
    const loopback = host.startsWith("127.0.0.1") || host.startsWith("localhost");
    return (scheme === "https" || (scheme === "http" && loopback)) && !/[/?#@]/.test(host) && hostOk(host);
  };
  // The host's options, as src/ui/options.rs `read` gathers them (the mount's data-* attributes,
  // window.waymarkOptions, the query string, then the fragment) and src/host/mod.rs `parse` keeps
  // them (a later good value wins; a bad one is dropped): [lang, exit address, host origin].
  const NAMES = { lang: ["lang"], exit: ["exit_url", "exit-url", "exitUrl"], origin: ["host_origin", "host-origin", "hostOrigin"] };
  const options = (pairs) => {
    const o = { lang: null, exit: EXIT, origin: null };
    for (const [name, value] of pairs) {
      const v = trim(value);
      if (NAMES.lang.includes(name) && LOCALES.includes(v)) o.lang = v;
      if (NAMES.exit.includes(name) && exitOk(v)) o.exit = v;
      if (NAMES.origin.includes(name) && originOk(v)) o.origin = v;
    }
    return o;
  };
  const pairs = (mount, given, query, fragment) => {
    const p = [];
    for (const a of mount ? mount.attributes : []) if (a.name.startsWith("data-")) p.push([a.name.slice(5), a.value]);
    if (given && typeof given === "object" && !Array.isArray(given)) {
      for (const [k, v] of Object.entries(given)) if (typeof v === "string") p.push([k, v]);
    }
    for (const [k, v] of new URLSearchParams(query)) p.push([k, v]);
    // The fragment (`#lang=ar&…`): embed.html's snippets put the options there.
    for (const [k, v] of new URLSearchParams((fragment || "").replace(/^#+/, ""))) p.push([k, v]);
    return p;
  };

  if (typeof document === "undefined") {
    // Under Node, for the test that holds these to the Rust functions.
    globalThis.waymarkFirst = { negotiate, options, LOCALES, EXIT };
    return;
  }

  const root = document.documentElement;
  // Every language's screen, the one on show and those set aside: the widget reads their words
  // when it takes over (src/ui/web.rs `page_words`).
  const screens = {};
  window.waymarkFirst = { screens };
  let opts = null;
  let lang = null;
  let pending = null;
  let timer = 0;
  const shown = () => document.querySelector(".wm-pre");
  // Keeps the screen in `lang`, sets the others aside (kept for a language chosen from the list).
  const keep = () => {
    const mount = document.getElementById("waymark");
    if (!mount) return;
    if (!lang) {
      opts = options(pairs(mount, window.waymarkOptions, location.search, location.hash));
      lang = negotiate(opts.lang, [...(navigator.languages || [])]);
    }
    for (const s of document.querySelectorAll(".wm-pre")) {
      screens[s.lang] = s;
      if (s.lang !== lang) s.remove();
    }
  };
  const watch = new MutationObserver(keep);
  watch.observe(root, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => {
    keep();
    watch.disconnect();
    // Warms the browser's region names while the wasm downloads: the first Intl.DisplayNames of a
    // page costs about 100 ms at 4x CPU slowdown, which the countries screen used to pay.
    (window.requestIdleCallback || setTimeout)(() => {
      try {
        new Intl.DisplayNames([lang], { type: "region" }).of("US");
        new Intl.Collator([lang]).compare("a", "b");
      } catch {}
    });
  });

  const leave = () => {
    if (!opts) keep();
    const o = opts || options([]);
    for (const s of document.querySelectorAll(".wm-pre")) s.hidden = true;
    // As src/ui/web.rs `leave`: in a frame, ask the host page (only at its exact origin) and try
    // to move the top page; in every case replace this page, so Back cannot return to it.
    if (window.top !== window) {
      try { if (o.origin) parent.postMessage({ waymark: "leave" }, o.origin); } catch {}
      try { top.location.replace(o.exit); } catch {}
    }
    location.replace(o.exit);
  };
  const loading = () => {
    const box = document.querySelector('.wm-pre [data-testid="loading"]');
    if (box) box.textContent = box.dataset.text;
  };
  addEventListener("click", (e) => {
    const b = e.target.closest && e.target.closest(".wm-pre [data-testid]");
    const id = b && b.dataset.testid;
    if (id === "exit" || id === "exit-skip") {
      e.preventDefault();
      leave();
    } else if (id === "start" || id === "safety-link") {
      e.preventDefault();
      pending = root.dataset.waymarkPending = id === "start" ? "start" : "safety";
      clearTimeout(timer);
      timer = setTimeout(loading, 400);
    }
  });
  addEventListener("change", (e) => {
    const s = e.target;
    if (!s.closest || !s.closest(".wm-pre") || s.dataset.testid !== "lang") return;
    const next = screens[s.value];
    const now = shown();
    if (!next || !now || next === now) return;
    lang = root.dataset.waymarkLang = s.value;
    now.replaceWith(next);
    next.querySelector('[data-testid="lang"]').focus();
    if (pending) loading();
  });
  // Counted here from the first paint until the widget takes over (it removes the pre-rendered
  // screen, then counts and announces the count itself): the same rule as src/ui/mod.rs. Not
  // after: this script's leave would run before the widget's and navigate before the widget has
  // wiped the answers, which then asks "leave this page?" (and the two navigations cancel each
  // other). Only Shift pressed alone counts: any other key starts the count again, and the Shift of
  // a Shift+Tab is not counted, or a keyboard user moving back three fields would be thrown out.
  let presses = [];
  let modified = false;
  addEventListener("keyup", (e) => {
    if (!shown()) return;
    if (e.key !== "Shift") {
      presses = [];
      modified = e.shiftKey;
      return;
    }
    if (modified) {
      modified = false;
      return;
    }
    const now = Date.now();
    presses = presses.filter((t) => now - t < 5000).concat(now);
    if (presses.length >= 3) leave();
  });
})();

// The set-up page for hosts (embed.html): options in, a live preview of the widget with them, and
// the snippet and headers to copy. The options reach the preview, and the snippet's frame, in the
// address's fragment (#…), which browsers never send to a server, so a long contact list or a logo
// cannot make the address too long for the host's server. The widget checks every option itself
// (src/host/mod.rs, theme.rs, referrals.rs); the checks here only help while typing.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var LOCALES = [["en", "English"], ["ar", "العربية"], ["de", "Deutsch"], ["es", "Español"], ["fa", "فارسی / دری"], ["fr", "Français"], ["pt", "Português"], ["ru", "Русский"], ["tr", "Türkçe"], ["uk", "Українська"]];
  var KINDS = [["protection", "All protection and support"], ["stay", "All ways to stay lawfully"], ["return", "All help to go home"], ["advice", "Advice (the counsellor card)"]];
  var PATHS = ["asylum_referral", "trafficking_referral", "child_protection", "safety_hold", "torture_survivor_support", "capacity_assessment", "health_referral", "humanitarian_assistance", "gender_family_support", "older_person_support", "deadline_urgent", "legal_advice", "regularisation", "avrr_before_deadline", "avrr", "avr_stranded", "independent_return", "labour_return", "voluntary_repatriation", "consular_documents", "origin_reception", "reintegration_support", "virtual_engagement", "labour_channels", "free_movement", "counsellor"];
  var COUNTRIES = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");
  var DEFAULTS = { text: "#0b0c0c", background: "#ffffff", accent: "#1d70b8", button_text: "#ffffff" };
  var contacts = [];
  var logo = "";

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
    return o;
  }

  // Languages: a box each (English fixed), and the first-language list.
  LOCALES.forEach(function (l) {
    var id = "lang-" + l[0];
    var box = document.createElement("span");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.id = id;
    input.value = l[0];
    input.checked = true;
    if (l[0] === "en") input.disabled = true;
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = l[1];
    label.lang = l[0];
    box.appendChild(input);
    box.appendChild(label);
    $("langs").appendChild(box);
    option($("first-lang"), l[0], l[1]).lang = l[0];
  });

  var names = null;
  try { names = new Intl.DisplayNames(["en"], { type: "region" }); } catch (e) { names = null; }
  COUNTRIES.map(function (c) { return [c, names ? names.of(c) : c]; })
    .sort(function (a, b) { return a[1].localeCompare(b[1]); })
    .forEach(function (c) { option($("country"), c[0], c[1] + " (" + c[0] + ")"); });
  KINDS.forEach(function (k) { option($("c-helps"), k[0], k[1]); });
  PATHS.forEach(function (p) { option($("c-helps"), p, p.replace(/_/g, " ")); });

  $("widget-url").value = new URL("index.html", location.href).href;

  // Contrast (WCAG 2.2): relative luminance and ratio, as src/theme.rs computes them.
  function lum(hex) {
    var c = [1, 3, 5].map(function (i) {
      var s = parseInt(hex.substr(i, 2), 16) / 255;
      return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function ratio(a, b) {
    var x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  function theme() {
    if (!$("use-theme").checked) return null;
    var t = {};
    ["text", "background", "accent", "button_text"].forEach(function (k) {
      var v = $("t-" + k).value;
      if (v && v !== DEFAULTS[k]) t[k] = v;
    });
    if (logo) t.logo = logo;
    return Object.keys(t).length ? t : null;
  }

  function showContrast() {
    var list = $("contrast");
    list.textContent = "";
    if (!$("use-theme").checked) return;
    var v = function (k) { return $("t-" + k).value; };
    [["Text on the background", "text", "background"], ["Text on buttons", "button_text", "accent"], ["Links on the background", "accent", "background"]].forEach(function (p) {
      var r = ratio(v(p[1]), v(p[2]));
      var li = document.createElement("li");
      li.className = r >= 4.5 ? "pass" : "fail";
      li.textContent = p[0] + ": " + r.toFixed(2) + " to 1, " + (r >= 4.5 ? "easy to read" : "too faint: the widget will refuse these colours");
      list.appendChild(li);
    });
  }

  function readContacts() {
    var err = $("referrals-error");
    err.textContent = "";
    try {
      var v = JSON.parse($("referrals-json").value || "[]");
      if (!Array.isArray(v)) throw new Error("it must be a list: [ … ]");
      contacts = v;
    } catch (e) {
      err.textContent = "These contacts are not valid data (" + e.message + "). The last valid list is used.";
    }
    drawContacts();
  }

  function drawContacts() {
    var ul = $("contacts");
    ul.textContent = "";
    contacts.forEach(function (c, i) {
      var li = document.createElement("li");
      li.textContent = (c && c.name) || "(no name)";
      var rm = document.createElement("button");
      rm.type = "button";
      rm.textContent = "Remove";
      rm.addEventListener("click", function () {
        contacts.splice(i, 1);
        $("referrals-json").value = JSON.stringify(contacts, null, 2);
        drawContacts();
        update();
      });
      li.appendChild(rm);
      ul.appendChild(li);
    });
  }

  $("c-add").addEventListener("click", function () {
    var err = $("c-error");
    var c = { name: $("c-name").value.trim() };
    c.helps_with = Array.prototype.filter.call($("c-helps").options, function (o) { return o.selected; }).map(function (o) { return o.value; });
    ["phone", "address", "hours", "website"].forEach(function (k) {
      var v = $("c-" + k).value.trim();
      if (v) c[k] = v;
    });
    var langs = $("c-languages").value.trim();
    if (langs) c.languages = langs.split(/[\s,]+/);
    if (!c.name) { err.textContent = "Give the service's name."; return; }
    if (!c.helps_with.length) { err.textContent = "Choose what it helps with."; return; }
    if (!c.phone && !c.website && !c.address) { err.textContent = "Give a phone number, a website or an address."; return; }
    if (c.website && c.website.indexOf("https://") !== 0) { err.textContent = "The website must start with https://"; return; }
    err.textContent = "";
    contacts.push(c);
    $("referrals-json").value = JSON.stringify(contacts, null, 2);
    ["name", "phone", "address", "hours", "languages", "website"].forEach(function (k) { $("c-" + k).value = ""; });
    drawContacts();
    update();
  });

  $("t-logo").addEventListener("change", function () {
    var f = this.files && this.files[0];
    logo = "";
    if (!f) { update(); return; }
    if (f.size > 24 * 1024) {
      $("preview-note").textContent = "The logo is larger than 24 KB: choose a smaller image.";
      this.value = "";
      update();
      return;
    }
    var reader = new FileReader();
    reader.onload = function () { logo = String(reader.result); update(); };
    reader.readAsDataURL(f);
  });

  // The options as the widget reads them (names of src/host/mod.rs).
  function options() {
    var o = [];
    var lang = $("first-lang").value;
    if (lang) o.push(["lang", lang]);
    var country = $("country").value;
    if (country) o.push(["country", country]);
    var exit = $("exit-url").value.trim();
    if (exit && exit !== "https://www.bbc.co.uk/weather") o.push(["exit_url", exit]);
    if ($("read-aloud").checked) o.push(["read_aloud", "on"]);
    if (contacts.length) o.push(["referrals", JSON.stringify(contacts)]);
    var t = theme();
    if (t) o.push(["theme", JSON.stringify(t)]);
    return o;
  }
  function fragment(o) {
    return o.map(function (p) { return p[0] + "=" + encodeURIComponent(p[1]); }).join("&");
  }
  function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  var timer = null;
  var lastPreview = "";
  function update() {
    showContrast();
    var frag = fragment(options());
    var widget = $("widget-url").value.trim() || "index.html";
    var site = $("site-origin").value.trim().replace(/\/+$/, "") || "https://your-site.example";
    var widgetOrigin;
    try { widgetOrigin = new URL(widget, location.href).origin; } catch (e) { widgetOrigin = "https://widget.example"; }
    var scriptSrc = widgetOrigin === site ? "/embed-host.js" : "embed-host.js";
    $("snippet").value =
      '<iframe data-waymark title="Waymark"\n' +
      '        sandbox="allow-scripts allow-modals allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols"\n' +
      '        referrerpolicy="no-referrer"\n' +
      '        data-src="' + esc(widget + (frag ? "#" + frag : "")) + '"></iframe>\n' +
      '<script src="' + scriptSrc + '"></script>';
    $("headers").value =
      "Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'; manifest-src 'none'; worker-src 'none'; frame-ancestors " + site + "\n" +
      "Access-Control-Allow-Origin: *\n" +
      "Referrer-Policy: no-referrer\n" +
      "X-Content-Type-Options: nosniff\n" +
      "Cache-Control: no-store";
    $("host-csp").value = "frame-src " + widgetOrigin + "; script-src 'self'";
    var langs = Array.prototype.filter.call(document.querySelectorAll("#langs input"), function (i) { return i.checked && i.value !== "en"; }).map(function (i) { return i.value; });
    $("build").value = langs.length === LOCALES.length - 1 ? "make dist" : 'WAYMARK_LOCALES="' + langs.join(" ") + '" make dist';
    // The preview: the widget beside this page, with this page as its host (so the height and
    // exit messages come here). Reloaded only when the options change, a moment after typing stops.
    var src = "index.html?host_origin=" + encodeURIComponent(location.origin) + (frag ? "#" + frag : "");
    if (src !== lastPreview) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        lastPreview = src;
        // A new address with only a new fragment would not reload the frame: load a blank first.
        $("preview").src = "about:blank";
        setTimeout(function () { $("preview").src = src; }, 0);
      }, 300);
    }
  }

  window.addEventListener("message", function (e) {
    var frame = $("preview");
    if (e.source !== frame.contentWindow || !e.data || typeof e.data !== "object") return;
    if (e.data.waymark === "height" && typeof e.data.height === "number") {
      frame.style.height = Math.min(Math.ceil(e.data.height), 100000) + "px";
    } else if (e.data.waymark === "leave") {
      $("preview-note").textContent = "Quick exit: on your site, your page would now go to " + ($("exit-url").value || "the exit page") + ". The preview starts again.";
      lastPreview = "";
      update();
    }
  });

  $("phone-size").addEventListener("change", function () { $("preview-box").classList.toggle("phone", this.checked); });
  $("referrals-json").addEventListener("change", function () { readContacts(); update(); });
  Array.prototype.forEach.call(document.querySelectorAll("#options input, #options select"), function (el) {
    if (el.id.indexOf("c-") === 0 || el.id === "t-logo") return;
    el.addEventListener("input", update);
    el.addEventListener("change", update);
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (b) {
    b.addEventListener("click", function () {
      var area = $(b.getAttribute("data-copy"));
      area.focus();
      area.select();
      var done = function () { $("copied").textContent = "Copied."; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
  update();
})();

// Waymark's host-side script: the one file a host page adds beside the <iframe> (README
// "Embedding"). No inline script is needed, so the host page can keep a strict policy. For each
// <iframe data-waymark> (and the example's #waymark-frame) it:
//  - loads the widget from the frame's data-src plus host_origin=<this page's exact origin>, so the
//    widget posts its messages to this page and no other;
//  - grows the frame to the widget's height ({waymark: "height", height}), so a phone never has a
//    scroll inside a scroll, and brings the frame's top into view when the widget shows a new screen
//    ({waymark: "screen"});
//  - keeps a "Leave this page" button in view above the frame once the frame is taller than the
//    screen (the widget's own button scrolls away with the frame), in the widget's language
//    ({waymark: "height", leave, lang, dir});
//  - leaves at once when asked ({waymark: "leave"}): quick exit must work even where the browser does
//    not let the frame navigate this page itself.
// A message is trusted only from the frame's own window, and only with the origin of a sandboxed
// frame ("null") or the widget's own origin. Nothing is stored and nothing is sent anywhere.
(function () {
  "use strict";
  var DEFAULT_EXIT = "https://www.bbc.co.uk/weather";
  var frames = document.querySelectorAll("iframe[data-waymark], iframe#waymark-frame");
  Array.prototype.forEach.call(frames, function (frame) {
    var src = frame.getAttribute("data-src") || frame.getAttribute("src") || "";
    var url = new URL(src, location.href);
    if (!url.searchParams.has("host_origin")) url.searchParams.set("host_origin", location.origin);
    var exitUrl = url.searchParams.get("exit_url") || DEFAULT_EXIT;
    if (exitUrl.indexOf("https://") !== 0) exitUrl = DEFAULT_EXIT;
    var widgetOrigin = url.origin;

    // The button that stays in view. Styled through the CSSOM (a strict style-src allows it; a
    // style attribute it would not), in the widget's red, which the host's theme never changes.
    var leave = document.createElement("button");
    leave.type = "button";
    leave.hidden = true;
    leave.className = "waymark-leave";
    leave.setAttribute("data-waymark-leave", "");
    var s = leave.style;
    s.position = "sticky";
    s.top = "0";
    s.zIndex = "10";
    s.display = "block";
    s.marginInlineStart = "auto";
    s.minHeight = "2.75rem";
    s.padding = "0.5rem 1rem";
    s.border = "0";
    s.borderBottom = "2px solid #55150b";
    s.background = "#d4351c";
    s.color = "#fff";
    s.font = "700 1rem system-ui, sans-serif";
    s.cursor = "pointer";
    leave.textContent = "Leave this page";
    frame.parentNode.insertBefore(leave, frame);

    // Leaving: the frame goes first (a removed frame cannot ask "leave this page?"), then the page.
    function go() {
      Array.prototype.forEach.call(frames, function (f) { if (f.parentNode) f.parentNode.removeChild(f); });
      document.body.hidden = true;
      location.replace(exitUrl);
    }
    leave.addEventListener("click", go);

    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.src = url.href;

    window.addEventListener("message", function (e) {
      if (e.source !== frame.contentWindow) return;
      if (e.origin !== "null" && e.origin !== widgetOrigin) return;
      var d = e.data;
      if (!d || typeof d !== "object") return;
      if (d.waymark === "leave") {
        go();
      } else if (d.waymark === "height" && typeof d.height === "number" && d.height > 0 && d.height < 100000) {
        frame.style.height = Math.ceil(d.height) + "px";
        if (typeof d.leave === "string" && d.leave.length < 80) leave.textContent = d.leave;
        if (typeof d.lang === "string" && d.lang.length < 20) leave.lang = d.lang;
        if (d.dir === "rtl" || d.dir === "ltr") leave.dir = d.dir;
        leave.hidden = d.height <= window.innerHeight;
      } else if (d.waymark === "screen") {
        var top = frame.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) frame.scrollIntoView({ block: "start" });
      }
    });
  });
})();

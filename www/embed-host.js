// The host side of the embed example. It gives the widget this page's exact origin (so the widget
// can ask, by postMessage to that origin only, to leave when the browser does not let it navigate
// the top page itself) and leaves at once when asked. Options go in the frame's query string.
(function () {
  var frame = document.getElementById("waymark-frame");
  var exitUrl = "https://www.bbc.co.uk/weather";
  var q = "?host_origin=" + encodeURIComponent(location.origin) + "&exit_url=" + encodeURIComponent(exitUrl);
  frame.src = frame.getAttribute("data-src") + q;
  window.addEventListener("message", function (e) {
    // A sandboxed frame's origin is "null": trust the message by its source window instead.
    if (e.source !== frame.contentWindow || !e.data || e.data.waymark !== "leave") return;
    document.body.hidden = true;
    location.replace(exitUrl);
  });
})();

// The offline copy's switch (README "Offline"), added to the loader script by
// scripts/post-build.mjs (the page's policy allows no inline script). The widget reads the host's
// `offline` option with the others (src/host/mod.rs) and marks its decision on <html
// data-waymark-offline> when it starts; this registers the service worker (www/sw.js) only when
// that says "on" and the page is the top page of a real origin: never in a frame or a sandbox,
// where even touching navigator.serviceWorker is refused. When a host has turned the option off
// again, a copy left by an earlier visit is removed, so "off" means nothing is kept.
addEventListener("TrunkApplicationStarted", () => {
  if (window.top !== window || self.origin === "null" || !window.isSecureContext || !navigator.serviceWorker) return;
  const sw = navigator.serviceWorker;
  if (document.documentElement.dataset.waymarkOffline === "on") {
    sw.register("./sw.js", { scope: "./" }).catch((e) => console.warn("waymark: the offline copy could not be set up:", e));
  } else {
    sw.getRegistration("./").then((reg) => {
      if (!reg) return;
      reg.unregister();
      caches.keys().then((keys) => keys.filter((k) => k.startsWith("waymark-")).forEach((k) => caches.delete(k)));
    });
  }
});

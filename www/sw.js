// Waymark's offline copy (README "Offline"). Registered by the loader only where the host turned
// the `offline` option on and the widget is the top page of its own origin, never in a frame.
//
// It keeps ONLY the build's own static files, FILES below, which scripts/post-build.mjs fills in
// at build time; VERSION is a hash of their contents, so a new build gets a new cache, and the old
// one is deleted when the new worker takes over: not while a page still uses the old one (no
// skipWaiting), so a page never mixes files of two builds. It fetches that list once, at install,
// and nothing else ever: it never puts a response in the cache afterwards, and answers never reach
// it (they live in the page's memory and are never sent). A request for one of FILES is answered
// from the cache (the page's address may carry host options, `?lang=ar`: the same file); if the
// cache lost it, the request goes to the network as it would with no worker. Every other request
// is left alone.
const FILES = [];
const VERSION = "unbuilt";
const CACHE = `waymark-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "no-cache" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("waymark-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const name = url.pathname.slice(scope.pathname.length) || "index.html";
  if (!FILES.includes(name)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(new URL(name, scope).href, { ignoreVary: true }))
      .then((hit) => hit || fetch(req)),
  );
});

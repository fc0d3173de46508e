// A small static server for dist/ on 127.0.0.1, with the headers a host should send (README
// "Privacy", "Serving"): the Content-Security-Policy as a header (with frame-ancestors, which a
// <meta> policy cannot carry), CORS for the sandboxed-iframe embed, no caching or referrer, and the
// precompressed .br/.gz files the build writes, chosen by Accept-Encoding. Also used by the browser
// tests and `make bench`. Usage: node scripts/serve.mjs DIR PORT
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, normalize, extname, basename } from "node:path";

export const CSP_HEADER =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; font-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'; " +
  "manifest-src 'none'; worker-src 'self'; frame-ancestors *";

/// The offline copy's worker may fetch only its own origin (its file list, at install).
export const SW_CSP_HEADER = "default-src 'none'; connect-src 'self'";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/// The encoding to send, given an Accept-Encoding header and the encodings on disk: brotli first,
/// then gzip, else none. A `q=0` refuses an encoding; `*` accepts those not named.
export function pickEncoding(accept, available) {
  const q = new Map();
  for (const part of String(accept || "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q.set(name, qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const ok = (enc) => (q.has(enc) ? q.get(enc) > 0 : (q.get("*") ?? 0) > 0);
  return ["br", "gzip"].find((enc) => available.includes(enc) && ok(enc)) || null;
}

const SUFFIX = { br: ".br", gzip: ".gz" };

export function serve(dir, port, { csp = true, precompressed = true } = {}) {
  const root = normalize(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const available = [];
      if (precompressed) {
        for (const enc of ["br", "gzip"]) {
          if (await stat(file + SUFFIX[enc]).then((s) => s.isFile(), () => false)) available.push(enc);
        }
      }
      const enc = pickEncoding(req.headers["accept-encoding"], available);
      const body = await readFile(enc ? file + SUFFIX[enc] : file);
      const headers = {
        "Content-Type": TYPES[extname(file)] || "application/octet-stream",
        "Content-Length": body.length,
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
      };
      // A response that differs by Accept-Encoding says so, so no cache in between mixes them up.
      if (available.length) headers["Vary"] = "Accept-Encoding";
      if (enc) headers["Content-Encoding"] = enc;
      // The widget page gets the policy as a header; the embed example is a host page with its own.
      if (csp && basename(file) === "index.html") headers["Content-Security-Policy"] = CSP_HEADER;
      if (basename(file) === "sw.js") headers["Content-Security-Policy"] = SW_CSP_HEADER;
      res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 8080);
  await serve(dir, port);
  console.log(`Waymark: http://127.0.0.1:${port}/  (embed example: http://127.0.0.1:${port}/embed-example.html)`);
}

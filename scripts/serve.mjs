// A small static server for dist/ on 127.0.0.1, with the headers a host should send (README
// "Privacy"): the Content-Security-Policy as a header (with frame-ancestors, which a <meta> policy
// cannot carry), CORS for the sandboxed-iframe embed, and no caching or referrer. Also used by the
// browser tests. Usage: node scripts/serve.mjs DIR PORT [--host-page PORT2]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, normalize, extname } from "node:path";

export const CSP_HEADER =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; font-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'; " +
  "manifest-src 'none'; worker-src 'none'; frame-ancestors *";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

export function serve(dir, port, { csp = true } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const headers = {
        "Content-Type": TYPES[extname(file)] || "application/octet-stream",
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
      };
      // The widget page gets the policy as a header; the embed example is a host page with its own.
      if (csp && file.endsWith("index.html")) headers["Content-Security-Policy"] = CSP_HEADER;
      res.writeHead(200, headers).end(body);
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

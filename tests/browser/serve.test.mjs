// Issue #12: the build writes a .br and a .gz beside every text and wasm file, and
// scripts/serve.mjs sends the one the client accepts (brotli first), with the right type and the
// security headers; what arrives decodes to the very file the build wrote.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve, CSP_HEADER, SW_CSP_HEADER } from "../../scripts/serve.mjs";
import { compressible } from "../../scripts/compress.mjs";
import { DIST } from "./harness.mjs";

let server;
let port;
before(async () => { server = await serve(DIST, 0); port = server.address().port; });
after(async () => { await new Promise((r) => server.close(r)); });

/// GET with a given Accept-Encoding (node's client adds none of its own): status, headers, raw body.
const get = (path, acceptEncoding) => new Promise((resolve, reject) => {
  const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
  request({ host: "127.0.0.1", port, path, headers }, (res) => {
    const chunks = [];
    res.on("data", (c) => chunks.push(c));
    res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on("error", reject).end();
});

const files = () => readdirSync(DIST).filter((f) => !/\.(br|gz)$/.test(f));

test("every text and wasm file has a brotli and a gzip copy that decode to it", () => {
  const own = files().filter(compressible);
  assert.ok(own.some((f) => f.endsWith(".wasm")) && own.includes("index.html") && own.includes("sw.js"), own.join(", "));
  for (const f of own) {
    const raw = readFileSync(join(DIST, f));
    assert.ok(brotliDecompressSync(readFileSync(join(DIST, f + ".br"))).equals(raw), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(join(DIST, f + ".gz"))).equals(raw), `${f}.gz`);
  }
});

test("the server sends brotli, else gzip, else the file as is, and says so", async () => {
  const wasm = files().find((f) => f.endsWith(".wasm"));
  const raw = readFileSync(join(DIST, wasm));
  for (const [accept, encoding, decode] of [
    ["gzip, deflate, br, zstd", "br", brotliDecompressSync],
    ["gzip, deflate", "gzip", gunzipSync],
    ["br;q=0, gzip", "gzip", gunzipSync],
    [undefined, undefined, (b) => b],
    ["identity", undefined, (b) => b],
  ]) {
    const r = await get(`/${wasm}`, accept);
    assert.equal(r.status, 200);
    assert.equal(r.headers["content-encoding"], encoding, `Accept-Encoding: ${accept}`);
    assert.equal(r.headers["content-type"], "application/wasm");
    assert.equal(r.headers["vary"], "Accept-Encoding");
    assert.equal(Number(r.headers["content-length"]), r.body.length);
    assert.ok(decode(r.body).equals(raw), `${accept}: the body decodes to the built file`);
  }
});

test("the page keeps its policy and headers when sent compressed; the worker gets its own policy", async () => {
  const page = await get("/", "br");
  assert.equal(page.headers["content-encoding"], "br");
  assert.equal(page.headers["content-type"], "text/html; charset=utf-8");
  assert.equal(page.headers["content-security-policy"], CSP_HEADER);
  for (const [h, v] of [["access-control-allow-origin", "*"], ["cache-control", "no-store"], ["referrer-policy", "no-referrer"], ["x-content-type-options", "nosniff"]]) {
    assert.equal(page.headers[h], v, h);
  }
  const sw = await get("/sw.js", "gzip");
  assert.equal(sw.headers["content-type"], "text/javascript; charset=utf-8");
  assert.equal(sw.headers["content-security-policy"], SW_CSP_HEADER);
  const missing = await get("/nothing-here.js", "br");
  assert.equal(missing.status, 404);
});

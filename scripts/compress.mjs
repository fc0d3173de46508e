// The two encodings the widget ships precompressed (README "Serving"), shared by the post-build
// hook that writes them and by `make size` that measures them, so the budget counts exactly what
// a server sends.
import { brotliCompressSync, gzipSync, constants as Z } from "node:zlib";
import { extname } from "node:path";

/// Files a server should send compressed: text and wasm. Anything else (none today) is sent as is.
export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt", ".xml", ".webmanifest"]);

export const compressible = (name) => COMPRESSIBLE.has(extname(name)) && !/\.(br|gz)$/.test(name);

/// Brotli at its highest quality and largest standard window (every browser decodes it); text mode
/// for text, generic for wasm.
export function br(buf, name = "") {
  return brotliCompressSync(buf, {
    params: {
      [Z.BROTLI_PARAM_QUALITY]: Z.BROTLI_MAX_QUALITY,
      [Z.BROTLI_PARAM_LGWIN]: Z.BROTLI_MAX_WINDOW_BITS,
      [Z.BROTLI_PARAM_MODE]: name.endsWith(".wasm") ? Z.BROTLI_MODE_GENERIC : Z.BROTLI_MODE_TEXT,
      [Z.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

/// gzip -9, for the clients and servers without brotli.
export const gz = (buf) => gzipSync(buf, { level: 9 });

/**
 * The one Content-Security-Policy of the app, used by the production index.html (meta tag) and by
 * the Electron protocol handler (response header). `blob:` is needed for PDF previews and
 * thumbnails; workers are bundled by Vite as same-origin files. No 'unsafe-eval' anywhere:
 * 'wasm-unsafe-eval' lets WebAssembly be compiled (the ZIP writer's CRC-32, hash-wasm, bundled with
 * the app, in its worker: under app:// the worker's script carries this policy as its header) and
 * nothing else — JavaScript `eval` and `new Function` stay refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The shared register's server is an address the office chooses (Pengaturan → Server), so calls
  // may go to any http(s) address; scripts stay the app's own, so no foreign code can make them.
  "connect-src 'self' blob: data: http: https:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `frame-ancestors` is ignored (with a console error) in a meta tag: only send it as a header. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

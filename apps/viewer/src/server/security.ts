/**
 * The HTTP security headers of the viewer. The Content-Security-Policy allows
 * only the app's own scripts (no inline script, no eval except WebAssembly
 * compilation for the in-browser SPARQL engine), workers from the app or from
 * blob URLs (the ForceAtlas2 layout worker), and no connection anywhere but
 * the server the page came from. Style sheets come only from the app; inline
 * style attributes are allowed (they cannot run script).
 */

/** The viewer's Content-Security-Policy, as one header value. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  // Typing into a contenteditable (the SPARQL editor) makes Chromium write
  // style attributes itself; attributes cannot run script, <style> stays blocked.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

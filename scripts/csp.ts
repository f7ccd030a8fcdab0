/**
 * The Content-Security-Policy the app ships with: everything from its own origin, no inline
 * script, no eval. Sent as a header by the server and written as a meta tag into the build.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

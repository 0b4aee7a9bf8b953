import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response — the web app, the API, /api/docs, photos, errors (docs/adr/0033).
 * Caching and compression of static files are the static-file serving's business, not this hook's.
 */

/**
 * What the pages need, and no more:
 * - scripts only from this origin: the Vite build emits no inline script (its chunks, lazy ones included, are
 *   files under /assets), nor does the Swagger UI (/api/docs loads three script files);
 * - styles from this origin and inline: antd's CSS-in-JS and ECharts insert `<style>` elements and style
 *   attributes (a script cannot be run through CSS, so this is the accepted exception);
 * - images from this origin, `data:` (antd and Swagger UI icons) and `blob:` (antd's picture-card thumbnail of a
 *   photo being uploaded);
 * - API calls, the event stream and the map's GeoJSON from this origin only;
 * - no plugins, no `<base>` elsewhere, forms post only here, and no framing by anyone (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** One year (RFC 6797 §6.1.1); no includeSubDomains: the bureau's other hosts are not ours to pin to HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

const ALWAYS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // For browsers without CSP frame-ancestors.
  'x-frame-options': 'DENY',
  // Full URLs (they can carry search terms and record ids) stay on this site; the Origin check reads Referer
  // only when Origin is absent, on same-origin requests.
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Adds the headers in an onRequest hook of the root instance, so every route, plugin (static files, Swagger UI),
 * 404 and error answer carries them. HSTS only over HTTPS — as the client sees it: behind a TLS-terminating
 * proxy listed in ANQUAN_TRUSTED_PROXY, Fastify reads the scheme from X-Forwarded-Proto (RFC 6797 §7.2: a
 * browser ignores HSTS over plain HTTP anyway).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(ALWAYS);
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  });
}

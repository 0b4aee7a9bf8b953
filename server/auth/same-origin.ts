import type { FastifyRequest } from 'fastify';
import { forbidden } from '../http/errors.ts';

/**
 * Cross-site request forgery defence for the session cookie (docs/adr/0033). A browser attaches the cookie to
 * requests any site makes; it also says which site made them (Origin, else Referer), and a page cannot forge
 * that header. So a state-changing request that arrives with the cookie must name this platform's origin.
 * Bearer tokens are not ambient (a page must hold one to send it): their requests are not checked.
 */

/** The safe methods (RFC 9110 §9.2.1); any other may change state and is checked. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** `scheme://host[:port]` of an absolute http(s) URL, normalised as browsers serialise origins; else undefined. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origin the request was addressed to: its scheme and Host as the browser saw them. Behind a trusted proxy
 * (ANQUAN_TRUSTED_PROXY) Fastify takes both from X-Forwarded-Proto and X-Forwarded-Host.
 */
export function requestOrigin(request: FastifyRequest): string | undefined {
  return request.host ? originOf(`${request.protocol}://${request.host}`) : undefined;
}

/** The origin a browser declared for the request: Origin, or when absent the origin of Referer. */
function declaredOrigin(request: FastifyRequest): { header: 'Origin' | 'Referer'; value: string } | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== '') return { header: 'Origin', value: origin };
  const referer = request.headers.referer;
  if (referer !== undefined && referer !== '') return { header: 'Referer', value: referer };
  return undefined;
}

export interface SameOriginOptions {
  /** Whether the request carries the session cookie. */
  sessionCookie: boolean;
  /** ANQUAN_PUBLIC_URL's origin: accepted besides the request's own (a proxy that rewrites Host). */
  publicOrigin?: string | undefined;
}

/**
 * Refuses (403) a state-changing request that is not sent with a bearer token and
 * - declares an origin (Origin, else Referer) other than this platform's, or
 * - carries the session cookie but declares no origin at all (browsers send Origin on every such request;
 *   a script that holds the cookie must send Origin too, or use the bearer token).
 * A request with neither cookie nor declared origin (curl, a device, a script signing in) passes.
 */
export function assertSameOriginWrite(request: FastifyRequest, options: SameOriginOptions): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.authorization?.startsWith('Bearer ')) return;
  const declared = declaredOrigin(request);
  if (!declared) {
    if (!options.sessionCookie) return;
    throw forbidden('Cross-site request refused: a request signed in by the session cookie must send an Origin header naming this platform (or use a bearer token)', 'cross_site');
  }
  // An opaque origin (`Origin: null`: sandboxed frames, file:, redirects across sites) does not parse: refused.
  const origin = originOf(declared.value);
  if (origin !== undefined && (origin === requestOrigin(request) || origin === options.publicOrigin)) return;
  throw forbidden(`Cross-site request refused: ${declared.header} ${truncate(declared.value)} is not this platform's origin`, 'cross_site');
}

const truncate = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}…` : text);

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** No inline script or style anywhere: the built client ships everything as files. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const always: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Set on request arrival, so every answer carries them: routes, static files, 404s and
 * errors alike. HSTS only over HTTPS, where the browser honours it (RFC 6797 §7.2).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    applySecurityHeaders(request, reply);
    done();
  });
}

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(always);
  if (request.protocol === 'https') {
    reply.header('strict-transport-security', 'max-age=63072000; includeSubDomains');
  }
  // Personal data must never sit in a browser or proxy cache (DESIGN §6, service worker).
  if (isApi(request)) reply.header('cache-control', 'no-store');
}

/**
 * Whether the request is for the API, however its path is spelled. The route the router
 * matched decides first, so /%61pi/auth/me is the API as surely as /api/auth/me is. An
 * unmatched request counts as the API when its path, fully decoded, with slashes merged
 * and in lower case, starts with /api: more than the router would ever match, so an API
 * miss never turns into a cacheable answer or the client's shell.
 */
export function isApi(request: FastifyRequest): boolean {
  return isApiPath(request.routeOptions.url) || isApiPath(normalisedPath(request.url));
}

function isApiPath(path: string | undefined): boolean {
  return path !== undefined && (path === '/api' || path.startsWith('/api/'));
}

/** The path of a request target: no scheme and host, no query, decoded, lower case. */
export function normalisedPath(url: string): string {
  let path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  // Decode until nothing is left to decode (bounded: each round shortens the path). Byte
  // by byte, so that a malformed escape or invalid UTF-8 decodes too instead of throwing.
  let previous: string;
  do {
    previous = path;
    path = path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  } while (path !== previous);
  return `/${path}`.replace(/[/\\]+/g, '/').toLowerCase();
}

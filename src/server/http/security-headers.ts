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
  if (isApi(request.url)) reply.header('cache-control', 'no-store');
}

export function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

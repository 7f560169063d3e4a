import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const sameSiteValues = new Set(['same-origin', 'none']);

/**
 * A second line behind SameSite=Strict: browsers say where a request comes from
 * (Sec-Fetch-Site, Origin), and a write from another site is refused. Clients that send
 * neither header (curl, scripts, app.inject) are not browsers riding a cookie and pass.
 * The host compared is the request's own, or X-Forwarded-Host behind a trusted proxy.
 */
export function installCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    done(isCrossSite(request) ? crossSite() : undefined);
  });
}

function isCrossSite(request: FastifyRequest): boolean {
  if (!stateChanging.has(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && !sameSiteValues.has(site.toLowerCase())) return true;
  const origin = request.headers.origin;
  return typeof origin === 'string' && originHost(origin) !== request.host.toLowerCase();
}

/** The host[:port] of an Origin header; undefined for "null" or garbage, which never match. */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function crossSite(): HttpError {
  return new HttpError(403, 'cross_site', 'Cross-site requests are refused.');
}

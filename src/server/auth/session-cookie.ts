import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Over HTTPS the cookie takes the __Host- prefix: the browser then insists on Secure,
 * Path=/ and no Domain, so no sibling subdomain can plant or overwrite it.
 */
export const SECURE_COOKIE = '__Host-parcours';
export const PLAIN_COOKIE = 'parcours_session';

export interface CookiePolicy {
  /** 'auto' follows the request's scheme (X-Forwarded-Proto counts with trustProxy). */
  secure: boolean | 'auto';
  maxAgeSeconds: number;
}

export function isSecure(request: FastifyRequest, policy: CookiePolicy): boolean {
  return policy.secure === 'auto' ? request.protocol === 'https' : policy.secure;
}

/** Every session id the request carries, under either name. */
export function sessionIdsOf(request: FastifyRequest): string[] {
  return [request.cookies[SECURE_COOKIE], request.cookies[PLAIN_COOKIE]].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  policy: CookiePolicy,
  sessionId: string,
): void {
  const secure = isSecure(request, policy);
  reply.setCookie(secure ? SECURE_COOKIE : PLAIN_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    // A persistent cookie: the installed app must survive the phone closing it.
    maxAge: policy.maxAgeSeconds,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  policy: CookiePolicy,
): void {
  const secure = isSecure(request, policy);
  reply.clearCookie(secure ? SECURE_COOKIE : PLAIN_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
  });
}

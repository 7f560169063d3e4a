import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LoginRequest } from '../../domain/api';
import type { Agent } from '../../domain/organisation';
import { authenticate } from '../auth/authenticate';
import { deviceTokensOf, issueDevice, setDeviceCookie, trustedDevice } from '../auth/device-cookie';
import { clearSessionCookie, sessionIdsOf, setSessionCookie } from '../auth/session-cookie';
import { createSession, digest, revokeSessions } from '../auth/sessions';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import { findCredentials } from '../store/agents';

/** Logout takes no arguments; an empty object (or no body) is tolerated, nothing else. */
const LogoutRequest = z.strictObject({}).optional();

/** One answer for every way a login can fail, so it does not reveal which accounts exist. */
const invalidCredentials = () =>
  new HttpError(401, 'invalid_credentials', 'Wrong email address or password.');

export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/auth/login', async (request, reply) => {
    const body = parse(LoginRequest, request.body);
    const email = body.email.toLowerCase();
    const now = ctx.now();
    const devices = deviceTokensOf(request);
    const attempt = {
      email,
      ip: request.ip,
      device: await trustedDevice(ctx.db, devices, email, now),
    };

    const wait = await ctx.throttle.retryAfter(attempt, now);
    if (wait > 0) {
      throw new HttpError(
        429,
        'too_many_attempts',
        'Too many failed attempts. Try again later.',
        undefined,
        { 'retry-after': String(wait) },
      );
    }

    const agent = await checkPassword(ctx, email, body.password);
    if (!agent) {
      await ctx.throttle.recordFailure(attempt, now);
      throw invalidCredentials();
    }

    // Rotation: whatever session this browser held before is revoked, so a session id
    // planted before login (fixation) is worthless after it. Its device cookie is renewed.
    const { sessionId, deviceToken } = await ctx.db.transaction(async (tx) => {
      await revokeSessions(tx, sessionIdsOf(request), now);
      await tx.query('DELETE FROM sessions WHERE agent_id = $1 AND expires_at < $2', [
        agent.id,
        now,
      ]);
      return {
        sessionId: await createSession(tx, agent.id, now, ctx.sessionTtlMs),
        deviceToken: await issueDevice(tx, agent.id, devices, now),
      };
    });
    await ctx.throttle.forgive(attempt);
    setSessionCookie(request, reply, ctx.cookie, sessionId);
    setDeviceCookie(request, reply, ctx.cookie, deviceToken);
    return { agent };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    parse(LogoutRequest, request.body);
    await revokeSessions(ctx.db, sessionIdsOf(request), ctx.now());
    // This device's push subscriptions go with its sign-in (issue 17).
    await ctx.db.query('DELETE FROM push_subscriptions WHERE session_hash = ANY($1)', [
      sessionIdsOf(request).map(digest),
    ]);
    // The device cookie stays: it is no session, and keeps this browser trusted next time.
    clearSessionCookie(request, reply, ctx.cookie);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (request) => authenticate(ctx, request));
}

/**
 * The agent when the password is right and the account may sign in; null otherwise.
 * Each path runs exactly one argon2 verification, so all failures take about as long.
 */
async function checkPassword(
  ctx: ServerContext,
  email: string,
  password: string,
): Promise<Agent | null> {
  const credentials = await findCredentials(ctx.db, email);
  if (!credentials?.passwordHash) {
    await ctx.hasher.verifyDummy(password);
    return null;
  }
  const ok = await ctx.hasher.verify(credentials.passwordHash, password);
  return ok && !credentials.disabled ? credentials.agent : null;
}

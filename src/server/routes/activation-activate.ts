import type { FastifyInstance } from 'fastify';
import { isActivationCode, normaliseCode } from '../../domain/activation';
import { ActivateRequest } from '../../domain/activation-api';
import { passwordProblem, type PasswordProblem } from '../../domain/password-rules';
import { findCode, useCode, type CodeHasher } from '../auth/activation-codes';
import { activationAttempt } from '../auth/activation-throttle';
import { deviceTokensOf, issueDevice, setDeviceCookie } from '../auth/device-cookie';
import { sessionIdsOf, setSessionCookie } from '../auth/session-cookie';
import { createSession, revokeSessions } from '../auth/sessions';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import { AGENT_COLUMNS, toAgent } from '../store/agents';
import { takeWriterLock } from '../store/writers';

/** One answer for a code used, expired, unknown or of a disabled account: which it was
 *  would tell a guesser which codes exist. */
const invalidCode = () =>
  new HttpError(
    400,
    'activation_invalid',
    'This activation code is not valid: it may have expired or been used. Ask for a new one.',
    'code',
  );

const weakPassword: Record<PasswordProblem, () => HttpError> = {
  tooShort: () =>
    new HttpError(400, 'password_too_short', 'Choose at least 12 characters.', 'password'),
  tooLong: () =>
    new HttpError(400, 'password_too_long', 'Choose at most 256 characters.', 'password'),
  tooCommon: () =>
    new HttpError(400, 'password_too_common', 'This password is too common.', 'password'),
};

/**
 * `POST /api/auth/activate { code, password }`: the agent chooses her password with her
 * code and is signed in, with the answer and cookies of a login (routes/auth.ts). Throttled
 * as logins are, per address (activation-throttle.ts).
 */
export function activateRoute(app: FastifyInstance, ctx: ServerContext, hash: CodeHasher): void {
  app.post('/api/auth/activate', async (request, reply) => {
    const body = parse(ActivateRequest, request.body);
    const now = ctx.now();
    const attempt = activationAttempt(request.ip);
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
    // The password first: refusing it looks at no code, so it counts as no attempt.
    const problem = passwordProblem(body.password);
    if (problem) throw weakPassword[problem]();

    const code = normaliseCode(body.code);
    const codeHash = isActivationCode(code) ? await hash(code) : null;
    const found = codeHash ? await findCode(ctx.db, codeHash, now) : null;
    if (!codeHash || !found || found.disabled) {
      await ctx.throttle.recordFailure(attempt, now);
      throw invalidCode();
    }
    // Hashed before the transaction: argon2 is slow, and the writers' lock is everyone's.
    const passwordHash = await ctx.hasher.hash(body.password);
    const devices = deviceTokensOf(request);

    const opened = await ctx.db.transaction(
      async (tx) => {
        // The agent's row draws a new version (she is now `activated`): a writer's turn.
        await takeWriterLock(tx);
        const agentId = await useCode(tx, codeHash, now);
        if (!agentId) return null; // used by a concurrent request since findCode
        const [row] = await tx.query<Parameters<typeof toAgent>[0]>(
          `UPDATE agents a SET password_hash = $2 WHERE a.id = $1 AND NOT a.disabled
           RETURNING ${AGENT_COLUMNS}`,
          [agentId, passwordHash],
        );
        if (!row) throw invalidCode(); // disabled meanwhile: the code stays unused
        // A new password ends every session of the old one, and the trust of the browsers
        // that knew it (device cookies): they prove nothing about the new one.
        await tx.query('DELETE FROM sessions WHERE agent_id = $1', [agentId]);
        await tx.query('DELETE FROM device_cookies WHERE agent_id = $1', [agentId]);
        // As at login: whatever session this browser held before goes (fixation).
        await revokeSessions(tx, sessionIdsOf(request), now);
        return {
          agent: toAgent(row),
          sessionId: await createSession(tx, agentId, now, ctx.sessionTtlMs),
          deviceToken: await issueDevice(tx, agentId, devices, now),
        };
      },
      { isolation: 'readCommitted' },
    );
    if (!opened) {
      await ctx.throttle.recordFailure(attempt, now);
      throw invalidCode();
    }
    await ctx.throttle.forgive(attempt);
    setSessionCookie(request, reply, ctx.cookie, opened.sessionId);
    setDeviceCookie(request, reply, ctx.cookie, opened.deviceToken);
    return { agent: opened.agent };
  });
}

import type { FastifyInstance } from 'fastify';
import { EmailPreference, PushSubscriptionBody, PushUnsubscribeBody } from '../../domain/push';
import type { ReminderThresholds } from '../../domain/reminders';
import { authenticate, authenticateSession } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import { endpointProblem } from './endpoint';
import type { PushRuntime } from './settings';

/**
 * Web Push subscriptions (issue 17, DESIGN §7b): plain endpoints, since a subscription only
 * exists while the browser is online. Each is kept against the agent and the session that
 * sent it (one device's sign-in: a logout removes it), and names only an allowed push
 * service (endpoint.ts): the server never sends to an address a client chose.
 */
export function pushRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  push: PushRuntime,
  thresholds: ReminderThresholds,
): void {
  // The deployment's thresholds (REMINDER_*), so that a device's centre computes what the
  // server's pass does; a device offline keeps the last ones it was given.
  app.get('/api/reminders/thresholds', async (request) => {
    await authenticate(ctx, request);
    return thresholds;
  });

  app.get('/api/push/key', async (request) => {
    await authenticate(ctx, request);
    return { publicKey: push.keys.publicKey };
  });

  // The daily digest by e-mail, hers to turn off and on again (a row when she is opted out).
  app.get('/api/reminders/email', async (request) => {
    const agent = await authenticate(ctx, request);
    const rows = await ctx.db.query('SELECT 1 FROM reminder_email_opt_outs WHERE agent_id = $1', [
      agent.id,
    ]);
    return { enabled: rows.length === 0 };
  });

  app.put('/api/reminders/email', async (request) => {
    const agent = await authenticate(ctx, request);
    const { enabled } = parse(EmailPreference, request.body);
    await ctx.db.query(
      enabled
        ? 'DELETE FROM reminder_email_opt_outs WHERE agent_id = $1'
        : `INSERT INTO reminder_email_opt_outs (agent_id, opted_out_at) VALUES ($1, $2)
           ON CONFLICT (agent_id) DO NOTHING`,
      enabled ? [agent.id] : [agent.id, ctx.now()],
    );
    return { enabled };
  });

  app.post('/api/push/subscriptions', async (request, reply) => {
    const { agent, sessionHash } = await authenticateSession(ctx, request);
    const body = parse(PushSubscriptionBody, request.body);
    const problem = endpointProblem(body.endpoint, push.policy);
    if (problem) throw new HttpError(400, 'invalid', `endpoint: ${problem}`, 'endpoint');
    const expiry = body.expirationTime ?? null;
    const expires = expiry === null ? null : new Date(expiry);
    // The same browser signing in as someone else takes its subscription over only once the
    // former owner's sign-in there has ended (logout deletes it anyway); never while live.
    const kept = await ctx.db.query(
      `INSERT INTO push_subscriptions
         (endpoint, agent_id, session_hash, p256dh, auth, expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (endpoint) DO UPDATE
         SET agent_id = EXCLUDED.agent_id, session_hash = EXCLUDED.session_hash,
             p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, expires_at = EXCLUDED.expires_at,
             retry_after = NULL
       WHERE push_subscriptions.agent_id = EXCLUDED.agent_id
          OR NOT EXISTS (SELECT 1 FROM sessions s
                          WHERE s.id_hash = push_subscriptions.session_hash
                            AND s.revoked_at IS NULL AND s.expires_at > $7)
       RETURNING 1`,
      [body.endpoint, agent.id, sessionHash, body.keys.p256dh, body.keys.auth, expires, ctx.now()],
    );
    if (kept.length === 0)
      throw new HttpError(409, 'taken', 'endpoint: another account uses it here', 'endpoint');
    return reply.code(201).send({ endpoint: body.endpoint });
  });

  app.delete('/api/push/subscriptions', async (request, reply) => {
    const agent = await authenticate(ctx, request);
    const { endpoint } = parse(PushUnsubscribeBody, request.body);
    // Hers only; another's is left alone, and the answer is the same (it tells nothing).
    await ctx.db.query('DELETE FROM push_subscriptions WHERE endpoint = $1 AND agent_id = $2', [
      endpoint,
      agent.id,
    ]);
    return reply.code(204).send();
  });
}

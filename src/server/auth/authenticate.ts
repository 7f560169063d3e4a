import type { FastifyRequest } from 'fastify';
import type { Agent } from '../../domain/organisation';
import type { ServerContext } from '../context';
import { HttpError } from '../http/http-error';
import { sessionIdsOf } from './session-cookie';
import { agentForSession, digest } from './sessions';

/**
 * The signed-in agent, or a 401 that the client answers by asking to log in again
 * (keeping its outbox, DESIGN §6). Any live session among the cookies sent will do.
 */
export async function authenticate(ctx: ServerContext, request: FastifyRequest): Promise<Agent> {
  for (const sessionId of sessionIdsOf(request)) {
    const agent = await agentForSession(ctx.db, sessionId, ctx.now());
    if (agent) return agent;
  }
  throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
}

/** The signed-in agent and the session she is signed in by (its digest, as stored): what
 *  belongs to one device's sign-in (a push subscription) is kept against it. */
export async function authenticateSession(
  ctx: ServerContext,
  request: FastifyRequest,
): Promise<{ agent: Agent; sessionHash: string }> {
  for (const sessionId of sessionIdsOf(request)) {
    const agent = await agentForSession(ctx.db, sessionId, ctx.now());
    if (agent) return { agent, sessionHash: digest(sessionId) };
  }
  throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
}

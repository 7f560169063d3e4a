import type { FastifyInstance } from 'fastify';
import { PullRequest, PushRequest, pullStreamType, type PushResponse } from '../../domain/protocol';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError } from '../http/http-error';
import { readEnvelope, readPush } from './envelope';
import { pageJson, pullReader, type PulledPage } from './pull';
import { pageStream } from './pull-stream';
import { push } from './push';
import { quietPull } from './quiet';

/** After an empty page, which says `more: false`, no page is ever asked for. */
const noMorePages = (): Promise<PulledPage> => Promise.reject(new Error('no page after the last'));

/** Sync protocol version 1 (DESIGN §6). */
export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/sync/push', async (request, reply) => {
    const agent = await authenticate(ctx, request);
    const body = readPush(PushRequest, request.body);
    const outcome = await push(ctx.db, agent.id, body, ctx.now());
    if (outcome.kind === 'gap') {
      // The error shape of every answer, plus the id the client must resend from, at the
      // top level where the client's transport reads it.
      const error = new HttpError(
        409,
        'mutation_gap',
        `Mutations are missing: the next one expected is ${outcome.expected}.`,
        'mutations.0.id',
      );
      return reply.code(409).send({ ...error.toBody(), expectedMutationId: outcome.expected });
    }
    const answer: PushResponse = {
      lastMutationId: outcome.lastMutationId,
      results: outcome.results,
    };
    return answer;
  });

  // One page as DESIGN §6 says; or, when the client accepts it, every page to the end as
  // a stream (pull-stream.ts). The first page is read before answering, so that its
  // refusals (403 another user's client…) keep their status.
  app.post('/api/sync/pull', async (request, reply) => {
    const agent = await authenticate(ctx, request);
    const body = readEnvelope(PullRequest, request.body);
    const now = ctx.now();
    const quiet = await quietPull(ctx.db, ctx, { agentId: agent.id, ...body }, now);
    const read =
      typeof quiet === 'object'
        ? noMorePages
        : await pullReader(
            ctx.db,
            agent.id,
            body.clientId,
            now,
            ctx.pullPageSize,
            body.pending,
            ctx.scopes,
            quiet === 'changed',
          );
    const first = typeof quiet === 'object' ? quiet : await read(body.cursor);
    if (!request.headers.accept?.includes(pullStreamType))
      return reply.type('application/json; charset=utf-8').send(pageJson(first));
    return reply
      .type(`${pullStreamType}; charset=utf-8`)
      .send(pageStream(first, read, ctx.pullStreamPages));
  });
}

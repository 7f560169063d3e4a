import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Id } from '../../domain/organisation';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { exportAgent } from '../export';
import { HttpError, parse } from '../http/http-error';

const AgentParams = z.strictObject({ id: Id });

/**
 * The right of access (GDPR art. 15; DESIGN §7: the agent herself and the HR admin, nobody
 * else): a JSON document of everything Parcours holds about the agent, as a download. A
 * plain endpoint, not a synced read: no device holds all of it (sessions, refusals, other
 * people's names), and the export must be the server's whole truth.
 *
 * The refusal comes before the lookup, so that a manager or a recruit learns nothing of
 * whether an id exists; the HR admin is told 404 for an unknown one.
 */
export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/agents/:id/export', async (request, reply) => {
    const asker = await authenticate(ctx, request);
    const id = parse(AgentParams, request.params).id.toLowerCase();
    if (id !== asker.id && !asker.roles.includes('admin')) {
      throw new HttpError(
        403,
        'forbidden',
        'Only the agent herself and HR may export her data.',
        'id',
      );
    }
    const now = ctx.now();
    const document = await ctx.db.transaction((tx) => exportAgent(tx, id, asker.id, now));
    if (!document) throw new HttpError(404, 'not_found', 'No such agent.', 'id');
    const fileName = `parcours-mes-donnees-${now.toISOString().slice(0, 10)}.json`;
    return reply
      .code(200)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(JSON.stringify(document, null, 2));
  });
}

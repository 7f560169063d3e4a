import type { FastifyInstance } from 'fastify';
import type { Health } from '../../domain/api';
import type { ServerContext } from '../context';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Touches the database, so a load balancer stops sending traffic to a process that
  // has lost it (the error handler answers 500).
  app.get('/api/health', async (): Promise<Health> => {
    await ctx.db.query('SELECT 1');
    return { status: 'ok', version: ctx.version, database: ctx.db.kind };
  });
}

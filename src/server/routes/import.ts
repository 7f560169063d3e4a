import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FileRefusal } from '../../domain/import/agents-csv';
import {
  MAX_IMPORT_BYTES,
  mayImport,
  type ImportCreated,
  type ImportPreview,
  type ImportRefusal,
} from '../../domain/import/protocol';
import type { Agent } from '../../domain/organisation';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import { importAgents } from '../import-agents';

/** The file's own limit is the parser's (it says "1 MiB" exactly); the body may exceed it
 *  by a BOM and a little, so that a file just over is refused by that same clear answer. */
const IMPORT_BODY_LIMIT = MAX_IMPORT_BYTES + 16 * 1024;

const ImportQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).optional() });

const fileTooLarge = () =>
  new HttpError(413, 'file_too_large', 'The file exceeds 1 MiB: import at most 1,000 lines.');

/** Fastify's refusals of the body, in this route's words. */
function translated(error: FastifyError): Error {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return fileTooLarge();
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return notCsv();
  return error;
}

const notCsv = () => new HttpError(415, 'unsupported_media_type', 'Send the file as text/csv.');

/**
 * `POST /api/agents/import[?dryRun=true]`, the body a CSV file (DESIGN §7b: an endpoint,
 * not a command, as it cannot be done offline). In a plugin of its own, so that its
 * text/csv parser and its larger body exist for this route alone.
 */
export function importRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const importerOf = new WeakMap<FastifyRequest, Agent>();

  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, next) => next(null, body),
    );
    // Thrown on, the error reaches the app's handler, which shapes every answer.
    scope.setErrorHandler((error: FastifyError) => {
      throw translated(error);
    });

    scope.post('/api/agents/import', {
      bodyLimit: IMPORT_BODY_LIMIT,
      // Who asks is known before a megabyte is read: strangers and recruits wait for nothing.
      onRequest: async (request) => {
        const agent = await authenticate(ctx, request);
        if (!mayImport(agent.roles)) {
          throw new HttpError(403, 'forbidden', 'Only HR and managers import arrivals.');
        }
        importerOf.set(request, agent);
      },
      handler: async (request, reply) => {
        const agent = importerOf.get(request);
        if (!agent) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
        const dryRun = parse(ImportQuery, request.query).dryRun === 'true';
        if (!Buffer.isBuffer(request.body)) throw notCsv();
        const text = utf8(request.body);
        const outcome = await importAgents(ctx.db, agent.id, text, { dryRun, now: ctx.now() });
        switch (outcome.kind) {
          case 'refused':
            return reply.code(statusOf(outcome.refusal)).send(refusalBody(outcome.refusal));
          case 'created': {
            const answer: ImportCreated = { created: outcome.created };
            return reply.code(201).send(answer);
          }
          case 'checked': {
            if (dryRun) {
              const answer: ImportPreview = { lines: outcome.lines };
              return reply.code(200).send(answer);
            }
            const refused = outcome.lines.filter((line) => !line.ok).length;
            const message = `${refused} of ${outcome.lines.length} lines are refused: nothing was imported.`;
            const answer: ImportRefusal = {
              ...new HttpError(422, 'lines_refused', message).toBody(),
              lines: outcome.lines,
            };
            return reply.code(422).send(answer);
          }
        }
      },
    });
    done();
  });
}

/** The file must be UTF-8: a Windows-1252 export would turn every "é" into something else
 *  in the agents' names, silently. A BOM is dropped. */
function utf8(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const message = 'The file must be UTF-8: save it again as "CSV UTF-8".';
    throw new HttpError(400, 'encoding', message);
  }
}

const statusOf = (refusal: FileRefusal): number =>
  refusal.code === 'file_too_large' || refusal.code === 'too_many_lines' ? 413 : 422;

function refusalBody(refusal: FileRefusal): ImportRefusal {
  const field = refusal.problems[0]?.column;
  const error = new HttpError(statusOf(refusal), refusal.code, refusal.message, field);
  return { ...error.toBody(), problems: refusal.problems };
}

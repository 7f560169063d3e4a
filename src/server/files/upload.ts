import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FileKind, FileRef, fileKinds } from '../../domain/content/entity';
import { mayUpload } from '../../domain/content/targeting';
import type { Agent } from '../../domain/organisation';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import { contentTypeOf } from './content-type';
import { StageRefused, type FileStore, type Staged } from './store';

/** The largest kind's limit: Fastify's own cap for this route, each kind's checked while
 *  the bytes arrive (a raw stream is not counted by Fastify anyway). */
export const MAX_FILE_BYTES = Math.max(...Object.values(fileKinds).map((kind) => kind.maxBytes));

const UploadQuery = z.strictObject({ kind: FileKind, name: FileRef.shape.name });
type Upload = z.infer<typeof UploadQuery> & { agent: Agent };

/** The HR admin uploads every kind; a team only what a good-practice sheet carries. */

const mib = (bytes: number) => `${Math.round(bytes / 1_048_576)} MiB`;
// Connection: close, as the rest of the body is left unread: the socket goes with the
// answer instead of the server reading up to 200 MiB it will throw away.
const tooLarge = (kind: FileKind) =>
  new HttpError(
    413,
    'too_large',
    `The file exceeds ${mib(fileKinds[kind].maxBytes)}, the limit for this kind.`,
    'file',
    { connection: 'close' },
  );
const empty = () => new HttpError(400, 'empty', 'The file is empty.', 'file');
const truncated = () =>
  new HttpError(400, 'truncated', 'The file arrived incomplete: send it again.', 'file');
const notBytes = () =>
  new HttpError(415, 'unsupported_media_type', 'Send the file as application/octet-stream.');

/**
 * `POST /api/files?kind=…&name=…`, the file's bytes as the body: an endpoint, not a
 * command, as a file can only be uploaded online (the item naming it syncs later). Answers
 * 201 with the FileRef an item then names. In a plugin of its own, so that its stream
 * parser and its large body exist for this route alone.
 */
export function uploadRoutes(app: FastifyInstance, ctx: ServerContext, store: FileStore): void {
  const uploads = new WeakMap<FastifyRequest, Upload>();

  void app.register((scope, _options, done) => {
    // The body is handed over as the request stream itself, read by the store.
    scope.addContentTypeParser('application/octet-stream', (_request, payload, next) => {
      next(null, payload);
    });
    scope.setErrorHandler((error: FastifyError) => {
      throw error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? notBytes() : error;
    });

    scope.post('/api/files', {
      bodyLimit: MAX_FILE_BYTES,
      // Who asks, and for what, is known before the first byte is read.
      onRequest: async (request) => {
        const agent = await authenticate(ctx, request);
        const query = parse(UploadQuery, request.query);
        if (!mayUpload(agent.roles, query.kind)) {
          throw new HttpError(403, 'forbidden', `You may not upload this kind of file.`);
        }
        uploads.set(request, { ...query, agent });
      },
      handler: async (request, reply) => {
        const upload = uploads.get(request);
        if (!upload) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
        const ref = await receive(request, upload, store);
        try {
          await ctx.db.query(
            `INSERT INTO content_files (id, kind, type, name, size, sha256, uploaded_by, uploaded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              ref.id,
              upload.kind,
              ref.type,
              ref.name,
              ref.size,
              ref.sha256,
              upload.agent.id,
              ctx.now(),
            ],
          );
        } catch (error) {
          await store.remove(ref.id); // bytes no record names would never be served
          throw error;
        }
        const answer: FileRef = FileRef.parse({
          id: ref.id,
          name: ref.name,
          type: ref.type,
          size: ref.size,
        });
        return reply.code(201).send(answer);
      },
    });
    done();
  });
}

/** Reads, checks and keeps the file; on any refusal nothing is left behind. */
async function receive(
  request: FastifyRequest,
  { kind, name }: Upload,
  store: FileStore,
): Promise<FileRef & { sha256: string }> {
  const body = request.body;
  if (body === undefined) throw empty();
  if (!(body instanceof Readable)) throw notBytes();
  const declared = declaredLength(request);
  const maxBytes = fileKinds[kind].maxBytes;
  if (declared === 0) throw empty();
  if (declared !== undefined && declared > maxBytes) throw tooLarge(kind);

  let staged: Staged;
  try {
    staged = await store.stage(body, maxBytes);
  } catch (error) {
    if (!(error instanceof StageRefused)) throw error;
    // 'aborted': the client went away mid-body; nobody reads the answer, the log does.
    throw error.reason === 'too_large' ? tooLarge(kind) : truncated();
  }
  try {
    if (staged.size === 0) throw empty();
    // Fewer bytes than announced: the body was cut short (a proxy, a dropped connection).
    if (declared !== undefined && staged.size !== declared) throw truncated();
    const type = await contentTypeOf(kind, staged);
    const id = randomUUID();
    await staged.keep(id);
    return { id, name, type, size: staged.size, sha256: staged.sha256 };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/** Content-Length as a number; undefined when absent (chunked) or not a plain number. */
function declaredLength(request: FastifyRequest): number | undefined {
  const header = request.headers['content-length'];
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Id } from '../../domain/organisation';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError } from '../http/http-error';
import { mayReadFile, storedFile, type StoredFile } from './access';
import type { FileStore } from './store';

/**
 * Not private: the media elements and the service worker revalidate with the ETag, so a
 * device keeps a film it has and fetches it again only if it changed. `private` keeps it
 * out of shared caches; the app's `no-store` for /api would forbid even the device's copy.
 */
const CACHE_CONTROL = 'private, no-cache';

const notFound = () => new HttpError(404, 'not_found', 'No such file.');

/**
 * `GET /api/files/:id` (and HEAD): the bytes of a file she may read, by ranges for the
 * video element's seeking, 404 for every file she may not (its existence is not hers to
 * learn). Films, images and captions show in the page; a PDF downloads under its name.
 */
export function downloadRoutes(app: FastifyInstance, ctx: ServerContext, store: FileStore): void {
  app.get<{ Params: { id: string } }>('/api/files/:id', async (request, reply) => {
    const agent = await authenticate(ctx, request);
    const id = Id.safeParse(request.params.id);
    if (!id.success) throw notFound();
    const file = await storedFile(ctx.db, id.data);
    if (!file || !(await mayReadFile(ctx.db, agent, file))) throw notFound();

    // A file's bytes never change under its id: its hash is a strong validator.
    const etag = `"${file.sha256}"`;
    const validators = { etag, 'cache-control': CACHE_CONTROL };
    const ifMatch = request.headers['if-match'];
    if (ifMatch !== undefined && !matches(ifMatch, etag, 'strong')) {
      throw new HttpError(412, 'precondition_failed', 'The file is not the one expected.');
    }
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag, 'weak')) {
      return reply.code(304).headers(validators).send();
    }

    const served = await store.serve(
      { method: request.method, range: rangeOf(request, etag) },
      file.id,
    );
    if (served.status === 404) {
      request.log.error({ file: file.id }, 'a recorded file has no bytes');
      throw notFound();
    }
    if (served.status === 416) {
      throw new HttpError(
        416,
        'range_not_satisfiable',
        'The range is past the end of the file.',
        undefined,
        served.headers,
      );
    }
    return reply
      .code(served.status)
      .headers(served.headers)
      .headers(validators)
      .header('content-type', file.type)
      .header('content-disposition', dispositionOf(file))
      .send(served.stream);
  });
}

/** The Range to honour: none when If-Range names another version (RFC 9110 §13.1.5: then
 *  the whole file). A date in If-Range never matches, as no Last-Modified is sent. */
function rangeOf(request: FastifyRequest, etag: string): string | undefined {
  const ifRange = request.headers['if-range'];
  const fresh = ifRange === undefined || (typeof ifRange === 'string' && ifRange.trim() === etag);
  return fresh ? request.headers.range : undefined;
}

/** Whether an If-Match / If-None-Match list names the ETag (`*` names any). The weak
 *  comparison ignores a `W/` prefix; the strong one needs the tag as sent. */
function matches(list: string, etag: string, comparison: 'strong' | 'weak'): boolean {
  if (list.trim() === '*') return true;
  return list.split(',').some((entry) => {
    const tag = entry.trim();
    return comparison === 'weak' ? tag.replace(/^W\//, '') === etag : tag === etag;
  });
}

/** A PDF downloads under the name it was uploaded with (RFC 6266, RFC 8187 encoding). */
function dispositionOf(file: StoredFile): string {
  if (file.kind !== 'pdf') return 'inline';
  const encoded = encodeURIComponent(file.name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

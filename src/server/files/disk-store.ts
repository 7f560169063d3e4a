import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { send } from '@fastify/send';
import {
  HEAD_BYTES,
  StageRefused,
  type FileStore,
  type Served,
  type ServeRequest,
  type Staged,
} from './store';

/** Uploads in progress: a dot name, which send() refuses to serve and no id can spell. */
const STAGING_PREFIX = '.upload-';
/** A staging file older than this was left by a process that stopped mid-upload. */
const STALE_MS = 24 * 3_600_000;

/**
 * One file per id in one directory. An upload is written to a staging file beside the
 * stored ones (same file system, so keeping it is an atomic rename) and synced to disk
 * before the rename: a crash leaves either no file under the id or the whole of it.
 */
export async function openDiskStore(dir: string, now = new Date()): Promise<FileStore> {
  const root = path.resolve(dir);
  await mkdir(root, { recursive: true });
  await sweepStaging(root, now);
  return {
    stage: (source, maxBytes) => stage(root, source, maxBytes),
    remove: (id) => rm(path.join(root, id), { force: true }),
    serve: (request, id) => serve(root, request, id),
  };
}

async function sweepStaging(root: string, now: Date): Promise<void> {
  for (const name of await readdir(root)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const file = path.join(root, name);
    const { mtimeMs } = await stat(file);
    if (now.getTime() - mtimeMs > STALE_MS) await rm(file, { force: true });
  }
}

async function stage(root: string, source: Readable, maxBytes: number): Promise<Staged> {
  const temp = path.join(root, `${STAGING_PREFIX}${randomUUID()}`);
  const discard = () => rm(temp, { force: true });
  const handle = await open(temp, 'wx', 0o600);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let size = 0;
  let headSize = 0;
  // Not destroyed when left early: a request destroyed takes its socket along, and the
  // client would get a reset instead of the 413 that says why.
  const chunks = source.iterator({ destroyOnReturn: false });
  try {
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await chunks.next();
      } catch {
        throw new StageRefused('aborted');
      }
      if (next.done) break;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
      size += chunk.length;
      if (size > maxBytes) throw new StageRefused('too_large');
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headSize);
        head.push(part);
        headSize += part.length;
      }
      await handle.write(chunk);
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await discard();
    throw error;
  } finally {
    await chunks.return?.();
  }
  await handle.close();
  return {
    size,
    sha256: hash.digest('hex'),
    head: Buffer.concat(head),
    read: () => readFile(temp),
    keep: (id) => rename(temp, path.join(root, id)),
    discard,
  };
}

async function serve(root: string, request: ServeRequest, id: string): Promise<Served> {
  // send() reads only the method and these headers of the request it is given; the route
  // has already judged the conditional ones against the file's own strong ETag.
  const shim = { method: request.method, headers: { range: request.range } };
  const result = await send(shim as unknown as Readable, `/${id}`, {
    root,
    dotfiles: 'deny',
    index: false,
    // The route sets these from the database: the type read from the file's bytes on
    // upload (never the name's), a strong ETag of its hash, and its own Cache-Control.
    contentType: false,
    etag: false,
    lastModified: false,
    cacheControl: false,
  });
  const headers = Object.fromEntries(
    Object.entries(result.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
  if (result.type === 'file') return { status: result.statusCode, headers, stream: result.stream };
  result.stream.destroy(); // send()'s own HTML error page: the API answers JSON
  if (result.statusCode === 416 || result.statusCode === 404) {
    const range = headers['content-range'];
    return {
      status: result.statusCode,
      headers: range ? { 'content-range': range } : {},
      stream: null,
    };
  }
  throw result.type === 'error' ? result.metadata.error : new Error(`cannot serve file ${id}`);
}

import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { FileRef } from '../domain/content/entity';
import {
  type Download,
  DownloadError,
  downloadFiles,
  fileUrl,
  filesCacheName,
  forgetAllFiles,
  offlineState,
  removeFiles,
  type FileCache,
  type FilesEnv,
} from './offline-files';

/** Cache Storage in memory: each entry's bytes and headers, a fresh Response per match. */
type Entry = { bytes: ArrayBuffer; headers: Headers };
class MemoryCaches {
  readonly stores = new Map<string, Map<string, Entry>>();
  putFails: DOMException | null = null;

  open(name: string): Promise<FileCache> {
    const store = this.stores.get(name) ?? new Map<string, Entry>();
    this.stores.set(name, store);
    return Promise.resolve({
      match: (url: string) => {
        const entry = store.get(url);
        return Promise.resolve(
          entry && new Response(entry.bytes.slice(0), { headers: entry.headers }),
        );
      },
      put: async (url: string, response: Response) => {
        if (this.putFails) throw this.putFails;
        store.set(url, { bytes: await response.arrayBuffer(), headers: response.headers });
      },
      delete: (url: string) => Promise.resolve(store.delete(url)),
    });
  }

  delete(name: string): Promise<boolean> {
    return Promise.resolve(this.stores.delete(name));
  }

  kept(): string[] {
    return [...(this.stores.get(filesCacheName)?.keys() ?? [])];
  }
}

type Behaviour = 'whole' | 'cut' | 'short' | 'long' | 404;

/** The server's GET /api/files/:id: each file's bytes in 64 KiB chunks, or a fault. */
function server(files: FileRef[], behave: (id: string) => Behaviour = () => 'whole') {
  const requested: string[] = [];
  const fetchFile = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const id = decodeURIComponent((input as string).replace('/api/files/', ''));
    requested.push(id);
    const ref = files.find((file) => file.id === id);
    const behaviour = behave(id);
    if (!ref || behaviour === 404) return Promise.resolve(new Response('{}', { status: 404 }));
    const size =
      behaviour === 'short' ? ref.size - 1 : behaviour === 'long' ? ref.size + 1 : ref.size;
    const chunk = 64 * 1024;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init?.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('The user aborted a request.', 'AbortError')),
        );
      },
      pull(controller) {
        if (behaviour === 'cut' && sent >= size / 2) {
          controller.error(new TypeError('network error'));
          return;
        }
        if (sent >= size) {
          controller.close();
          return;
        }
        const length = Math.min(chunk, size - sent);
        controller.enqueue(new Uint8Array(length).fill(sent % 251));
        sent += length;
      },
    });
    return Promise.resolve(
      new Response(body, {
        status: 200,
        // As the server says it (@fastify/send): the bytes it sends.
        headers: { 'content-type': ref.type, 'content-length': String(size) },
      }),
    );
  };
  return { fetch: fetchFile, download: downloadBy(fetchFile), requested };
}

/** The Download contract over the fake server, as xhrDownload keeps it in a browser (the
 *  e2e runs the real one): the bytes gathered whole, each chunk's count told, a cut or a
 *  stop as a DownloadError, nothing returned for a refusal. */
function downloadBy(fetchFile: typeof fetch): Download {
  return async (url, ref, signal, onBytes) => {
    const response = await fetchFile(url, { signal: signal ?? null });
    if (response.status !== 200) throw new DownloadError('refused', ref, `HTTP ${response.status}`);
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        chunks.push(chunk.value);
        onBytes(chunk.value.byteLength);
      }
    } catch (error) {
      throw new DownloadError(
        error instanceof DOMException && error.name === 'AbortError' ? 'aborted' : 'offline',
        ref,
      );
    }
    // Node's Blob, which Node's Response reads (jsdom's is another class).
    return new NodeBlob(chunks, { type: response.headers.get('content-type') ?? '' }) as Blob;
  };
}

const file = (id: string, size: number, type: FileRef['type'] = 'video/webm'): FileRef => ({
  id,
  name: `${id}.bin`,
  type,
  size,
});
const video = file('11111111-1111-4111-8111-111111111111', 300_000);
const poster = file('22222222-2222-4222-8222-222222222222', 70_000, 'image/png');
const captions = file('33333333-3333-4333-8333-333333333333', 1_000, 'text/vtt');
const item = [video, poster, captions];
const total = 371_000;

function setUp(behave?: (id: string) => Behaviour) {
  const caches = new MemoryCaches();
  const network = server(item, behave);
  const env: FilesEnv = { caches, download: network.download };
  return { caches, network, env };
}

async function failure(promise: Promise<unknown>): Promise<DownloadError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DownloadError))
    throw new Error(`expected a DownloadError: ${String(error)}`);
  return error;
}

describe('downloadFiles', () => {
  it('keeps every file under its URL, with its type and size, reporting progress up to the whole', async () => {
    const { caches, env } = setUp();
    const progress: [number, number][] = [];
    await downloadFiles(item, { onProgress: (received, of) => progress.push([received, of]) }, env);

    expect(caches.kept()).toEqual(item.map((ref) => fileUrl(ref.id)));
    const cache = await caches.open(filesCacheName);
    const kept = await cache.match(fileUrl(video.id));
    expect(kept?.headers.get('content-type')).toBe('video/webm');
    expect(kept?.headers.get('content-length')).toBe('300000');
    expect((await kept!.arrayBuffer()).byteLength).toBe(300_000);
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    const received = progress.map(([n]) => n);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(item.length); // chunk by chunk, not file by file
    expect(await offlineState(item, env)).toEqual({ stored: 3, total: 3, bytes: total });
  });

  it('stores nothing of a file whose stream breaks, keeps those before it, and resumes with the rest', async () => {
    let broken = true;
    const { caches, network, env } = setUp((id) => (id === poster.id && broken ? 'cut' : 'whole'));

    const error = await failure(downloadFiles(item, {}, env));
    expect(error.reason).toBe('offline');
    expect(error.file).toEqual(poster);
    expect(caches.kept()).toEqual([fileUrl(video.id)]);
    expect(await offlineState(item, env)).toEqual({ stored: 1, total: 3, bytes: 300_000 });

    broken = false;
    network.requested.length = 0;
    const progress: number[] = [];
    await downloadFiles(item, { onProgress: (received) => progress.push(received) }, env);
    expect(network.requested).toEqual([poster.id, captions.id]);
    expect(progress[0]).toBe(300_000); // the bar starts where the kept files put it
    expect(await offlineState(item, env)).toEqual({ stored: 3, total: 3, bytes: total });
  });

  it.each([
    ['a byte short', 'short'],
    ['a byte too many', 'long'],
  ] as const)('refuses a file that arrives %s', async (_case, behaviour) => {
    const { caches, env } = setUp((id) => (id === video.id ? behaviour : 'whole'));
    const error = await failure(downloadFiles(item, {}, env));
    expect(error.reason).toBe('incomplete');
    expect(caches.kept()).toEqual([]);
  });

  it('stores nothing when the person stops it mid-file', async () => {
    const { caches, env } = setUp();
    const stop = new AbortController();
    const error = await failure(
      downloadFiles(
        item,
        { signal: stop.signal, onProgress: (received) => received > 100_000 && stop.abort() },
        env,
      ),
    );
    expect(error.reason).toBe('aborted');
    expect(caches.kept()).toEqual([]);
  });

  it('refuses what the server refuses', async () => {
    const { caches, env } = setUp((id) => (id === captions.id ? 404 : 'whole'));
    const error = await failure(downloadFiles(item, {}, env));
    expect(error).toMatchObject({ reason: 'refused', file: captions });
    expect(caches.kept()).toEqual([fileUrl(video.id), fileUrl(poster.id)]);
  });

  it('says the device is full when the cache refuses the bytes', async () => {
    const { caches, env } = setUp();
    caches.putFails = new DOMException('full', 'QuotaExceededError');
    expect((await failure(downloadFiles(item, {}, env))).reason).toBe('quota');
    expect(caches.kept()).toEqual([]);
  });

  it('says so before downloading what the browser has no room for', async () => {
    const { network, env } = setUp();
    const storage = {
      estimate: () => Promise.resolve({ usage: 900_000, quota: 1_000_000 }),
      persist: () => Promise.resolve(true),
    };
    const error = await failure(downloadFiles(item, {}, { ...env, storage }));
    expect(error).toMatchObject({ reason: 'quota', file: null });
    expect(network.requested).toEqual([]);
  });

  it('refuses where the browser keeps no files', async () => {
    const { env } = setUp();
    expect((await failure(downloadFiles(item, {}, { ...env, caches: null }))).reason).toBe('quota');
  });

  it('does not count an entry of another size as kept, and downloads that file again', async () => {
    const { caches, network, env } = setUp();
    const cache = await caches.open(filesCacheName);
    await cache.put(
      fileUrl(poster.id),
      new Response('broken', { headers: { 'content-length': '6' } }),
    );
    expect(await offlineState(item, env)).toMatchObject({ stored: 0 });
    await downloadFiles(item, {}, env);
    expect(network.requested).toContain(poster.id);
    expect(await offlineState(item, env)).toMatchObject({ stored: 3 });
  });
});

describe('removeFiles and forgetAllFiles', () => {
  it('removes the files named, and forgets them all at logout', async () => {
    const { caches, env } = setUp();
    await downloadFiles(item, {}, env);
    await removeFiles([video], env);
    expect(await offlineState(item, env)).toEqual({ stored: 2, total: 3, bytes: 71_000 });
    await forgetAllFiles(env);
    expect(caches.stores.has(filesCacheName)).toBe(false);
    expect(await offlineState(item, env)).toEqual({ stored: 0, total: 3, bytes: 0 });
  });

  it('lets the logout go on where the browser refuses caches', async () => {
    const refusing: FilesEnv = {
      caches: {
        open: () => Promise.reject(new DOMException('private window', 'SecurityError')),
        delete: () => Promise.reject(new DOMException('private window', 'SecurityError')),
      },
      download: () => Promise.reject(new DownloadError('offline', null)),
    };
    await expect(forgetAllFiles(refusing)).resolves.toBeUndefined();
    await expect(forgetAllFiles({ ...refusing, caches: null })).resolves.toBeUndefined();
  });
});

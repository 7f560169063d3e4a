import type { FileRef } from '../domain/content/entity';
import { offlinePlan } from '../domain/content/offline-plan';

/**
 * The welcome content's files kept on the device (issue 18, "Disponible hors ligne"): one
 * Cache Storage cache, keyed by each file's own URL, which public/files-sw.js answers from
 * (range requests included) before the network. An entry is committed only once its file
 * arrived whole, with the size its item names: the cache never holds a broken file, and a
 * download cut short resumes with the files still missing.
 */
export const filesCacheName = 'parcours-files-v1';

/** The URL a file is served at, and kept under. */
export const fileUrl = (id: string): string => `/api/files/${encodeURIComponent(id)}`;

/** Why files could not be kept: no network (or lost on the way), the person stopped it,
 *  a file arrived with another size, the server refused it (401, 404…), or the device has
 *  no room for it (or keeps no files at all). */
export type DownloadFailure = 'offline' | 'aborted' | 'incomplete' | 'refused' | 'quota';

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    readonly reason: DownloadFailure,
    /** The file that failed; null when none had started (no room). */
    readonly file: FileRef | null,
    detail = '',
  ) {
    super(`${reason}${file ? ` (${file.name})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

/** The part of Cache Storage used here: the browser's, or an in-memory one in tests. */
export interface FileCache {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
  delete(url: string): Promise<boolean>;
}
export interface FilesEnv {
  /** Null where the browser keeps no caches (an insecure origin, a test's DOM). */
  caches: { open(name: string): Promise<FileCache>; delete(name: string): Promise<boolean> } | null;
  fetch: typeof fetch;
  storage?: Pick<StorageManager, 'estimate' | 'persist'> | undefined;
}

const browserEnv = (): FilesEnv => ({
  caches: typeof caches === 'undefined' ? null : caches,
  fetch: (input, init) => fetch(input, init),
  storage: typeof navigator === 'undefined' ? undefined : navigator.storage,
});

export interface DownloadOptions {
  /** Bytes kept or received so far, of all the files' bytes; called for every chunk. */
  onProgress?: (received: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Downloads and keeps the files not kept yet, one after the other. Throws a DownloadError
 * at the first failure; the files completed before it stay kept.
 */
export async function downloadFiles(
  refs: readonly FileRef[],
  { onProgress, signal }: DownloadOptions = {},
  env: FilesEnv = browserEnv(),
): Promise<void> {
  if (!env.caches) throw new DownloadError('quota', null, 'this browser keeps no files');
  const cache = await env.caches.open(filesCacheName);
  const plan = offlinePlan(refs, await keptIds(cache, refs));
  let received = plan.storedBytes;
  onProgress?.(received, plan.totalBytes);
  await ensureRoom(env, plan.totalBytes - plan.storedBytes);
  for (const ref of plan.missing) {
    if (signal?.aborted) throw new DownloadError('aborted', ref);
    await keepFile(ref, cache, env.fetch, signal, (bytes) => {
      received += bytes;
      onProgress?.(received, plan.totalBytes);
    });
  }
}

/** Which of an item's files are kept: how many of how many, and their bytes. */
export async function offlineState(
  refs: readonly FileRef[],
  env: FilesEnv = browserEnv(),
): Promise<{ stored: number; total: number; bytes: number }> {
  const kept = env.caches
    ? await keptIds(await env.caches.open(filesCacheName), refs)
    : new Set<string>();
  const plan = offlinePlan(refs, kept);
  return {
    stored: plan.files.length - plan.missing.length,
    total: plan.files.length,
    bytes: plan.storedBytes,
  };
}

/** Removes these files from the device (a file another kept item names goes too: the
 *  caller leaves those out). */
export async function removeFiles(
  refs: readonly FileRef[],
  env: FilesEnv = browserEnv(),
): Promise<void> {
  if (!env.caches) return;
  const cache = await env.caches.open(filesCacheName);
  for (const ref of refs) await cache.delete(fileUrl(ref.id));
}

/** This origin's storage use and quota, as the browser estimates them; null if it does not. */
export async function storageLeft(
  env: FilesEnv = browserEnv(),
): Promise<{ usage: number; quota: number } | null> {
  if (!env.storage?.estimate) return null;
  try {
    const { usage, quota } = await env.storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}

/** Asks the browser not to evict the kept files under storage pressure; false if refused. */
export async function requestPersistence(env: FilesEnv = browserEnv()): Promise<boolean> {
  try {
    return (await env.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Logout: the files leave the device with its data (the worker serves them without asking
 *  the server). Never throws: a browser that keeps no caches, or refuses them (some private
 *  windows), kept no file, and the logout goes on. */
export async function forgetAllFiles(env: FilesEnv = browserEnv()): Promise<void> {
  try {
    await env.caches?.delete(filesCacheName);
  } catch {
    // nothing kept, nothing to forget
  }
}

/** The ids of the files kept whole; an entry of another size (none is written) is dropped. */
async function keptIds(cache: FileCache, refs: readonly FileRef[]): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const ref of refs) {
    const entry = await cache.match(fileUrl(ref.id));
    if (!entry) continue;
    if (entry.headers.get('content-length') === String(ref.size)) kept.add(ref.id);
    else await cache.delete(fileUrl(ref.id));
  }
  return kept;
}

/** Refuses before downloading what the browser says it has no room for. */
async function ensureRoom(env: FilesEnv, bytes: number): Promise<void> {
  const left = await storageLeft(env);
  if (left && bytes > 0 && left.quota - left.usage < bytes)
    throw new DownloadError(
      'quota',
      null,
      `${bytes} bytes needed, ${left.quota - left.usage} left`,
    );
}

/**
 * Fetches one file into the cache, or throws a DownloadError and keeps nothing of it. The
 * body streams into `cache.put` as it arrives, counted on the way: a put commits its entry
 * only once it has read the body to its end without error (Cache Storage's put is atomic),
 * and the count errors the body of a file of another size before its end. So the device
 * writes while the network sends, and a 200 MB film is never gathered in the page's memory
 * first (a blob gathered, then put, was slower: bench/welcome-files.ts), yet no broken
 * entry is ever kept.
 * `cache: 'no-store'`: the browser's HTTP cache would keep a second copy of the file.
 */
async function keepFile(
  ref: FileRef,
  cache: FileCache,
  fetchFile: typeof fetch,
  signal: AbortSignal | undefined,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const lost = (error: unknown) =>
    signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')
      ? new DownloadError('aborted', ref)
      : new DownloadError('offline', ref, error instanceof Error ? error.message : String(error));
  let response: Response;
  try {
    response = await fetchFile(fileUrl(ref.id), {
      credentials: 'same-origin',
      cache: 'no-store',
      signal: signal ?? null,
    });
  } catch (error) {
    throw lost(error);
  }
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError('refused', ref, `HTTP ${response.status}`);
  }
  const reader = response.body.getReader();
  /** Why the body was cut short, when it was: what the put's rejection then means. */
  const cut: { by: DownloadError | null } = { by: null };
  let count = 0;
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        cut.by = lost(error);
        controller.error(cut.by);
        return;
      }
      if (!chunk.done) count += chunk.value.byteLength;
      if (count > ref.size || (chunk.done && count !== ref.size)) {
        cut.by = new DownloadError('incomplete', ref, `${count} bytes, not ${ref.size}`);
        controller.error(cut.by);
        void reader.cancel().catch(() => undefined);
      } else if (chunk.done) {
        controller.close();
      } else {
        controller.enqueue(chunk.value);
        onBytes(chunk.value.byteLength);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const headers = {
    'content-type': response.headers.get('content-type') ?? ref.type,
    'content-length': String(ref.size),
  };
  try {
    await cache.put(fileUrl(ref.id), new Response(counted, { headers }));
  } catch (error) {
    if (cut.by) throw cut.by;
    void reader.cancel().catch(() => undefined);
    if (error instanceof DOMException && error.name === 'QuotaExceededError')
      throw new DownloadError('quota', ref);
    throw lost(error);
  }
}

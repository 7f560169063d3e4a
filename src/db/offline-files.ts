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
/** Fetches one file whole, telling each new count of bytes; throws a DownloadError. */
export type Download = (
  url: string,
  ref: FileRef,
  signal: AbortSignal | undefined,
  onBytes: (bytes: number) => void,
) => Promise<Blob>;

export interface FilesEnv {
  /** Null where the browser keeps no caches (an insecure origin, a test's DOM). */
  caches: { open(name: string): Promise<FileCache>; delete(name: string): Promise<boolean> } | null;
  /** One file as a Blob, its progress told: XMLHttpRequest in the browser (xhrDownload). */
  download: Download;
  storage?: Pick<StorageManager, 'estimate' | 'persist'> | undefined;
}

const browserEnv = (): FilesEnv => ({
  caches: typeof caches === 'undefined' ? null : caches,
  download: (...args) => xhrDownload(...args),
  storage: typeof navigator === 'undefined' ? undefined : navigator.storage,
});

export interface DownloadOptions {
  /** Bytes kept or received so far, of all the files' bytes; called at each progress event. */
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
    await keepFile(ref, cache, env, signal, (bytes) => {
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
 * Fetches one file into the cache, or throws a DownloadError and keeps nothing of it.
 * XMLHttpRequest, not fetch: the browser gathers the bytes itself into a Blob (on disk when
 * large) and tells their count in progress events, so no chunk passes through JavaScript
 * (reading a fetch's body to count it halved the rate: bench/welcome-files.ts); the Blob
 * then goes into Cache Storage whole, as one atomic put. A file cut short, stopped, or of
 * another size than its item names is never put.
 */
async function keepFile(
  ref: FileRef,
  cache: FileCache,
  env: FilesEnv,
  signal: AbortSignal | undefined,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const blob = await env.download(fileUrl(ref.id), ref, signal, onBytes);
  if (blob.size !== ref.size)
    throw new DownloadError('incomplete', ref, `${blob.size} bytes, not ${ref.size}`);
  const headers = { 'content-type': blob.type || ref.type, 'content-length': String(ref.size) };
  try {
    await cache.put(fileUrl(ref.id), new Response(blob, { headers }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError')
      throw new DownloadError('quota', ref);
    throw new DownloadError('offline', ref, error instanceof Error ? error.message : String(error));
  }
}

/** One file as a Blob by XMLHttpRequest, its progress told in bytes since the last call. */
export const xhrDownload: Download = (url, ref, signal, onBytes) => {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DownloadError('aborted', ref));
    const request = new XMLHttpRequest();
    let told = 0;
    request.open('GET', url);
    request.responseType = 'blob';
    request.withCredentials = true;
    // The browser's HTTP cache would keep a second copy of a 200 MB film.
    request.setRequestHeader('Cache-Control', 'no-store');
    request.onprogress = (event) => {
      onBytes(event.loaded - told);
      told = event.loaded;
    };
    request.onload = () => {
      if (request.status !== 200)
        return reject(new DownloadError('refused', ref, `HTTP ${request.status}`));
      resolve(request.response as Blob);
    };
    request.onerror = () => reject(new DownloadError('offline', ref, 'network error'));
    request.onabort = () => reject(new DownloadError('aborted', ref));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send();
  });
};

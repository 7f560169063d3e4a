// The welcome content's files kept offline (issue 18), run in the page by the bench bundle:
// the app's own downloadFiles into Cache Storage, beside a plain fetch of the same file read
// to its end (bench/welcome-files.ts).
import type { ContentItem, FileRef } from '../../src/domain/content/entity';
import { readWelcome } from '../../src/db/content';
import { createUserDb } from '../../src/db/user-db';
import type { Agent } from '../../src/domain/organisation';
import { downloadFiles, fileUrl, forgetAllFiles, offlineState } from '../../src/db/offline-files';

/** downloadFiles of `ref` into an emptied cache, timed; checked kept whole afterwards. */
async function downloadAndStore(ref: FileRef) {
  await forgetAllFiles();
  let progressCalls = 0;
  const start = performance.now();
  await downloadFiles([ref], { onProgress: () => progressCalls++ });
  const ms = performance.now() - start;
  const state = await offlineState([ref]);
  if (state.stored !== 1 || state.bytes !== ref.size)
    throw new Error(`the file was not kept whole: ${JSON.stringify(state)}`);
  await forgetAllFiles();
  return { ms, bytes: ref.size, progressCalls };
}

/** The same file fetched as downloadFiles fetches it (same-origin credentials, no HTTP
 *  cache), its body read to the end and dropped: the network's and the browser's floor. */
async function plainFetch(ref: FileRef) {
  const start = performance.now();
  const response = await fetch(fileUrl(ref.id), { credentials: 'same-origin', cache: 'no-store' });
  if (response.status !== 200 || !response.body) throw new Error(`HTTP ${response.status}`);
  const reader = response.body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  const ms = performance.now() - start;
  if (bytes !== ref.size) throw new Error(`${bytes} of ${ref.size} bytes`);
  return { ms, bytes, progressCalls: 0 };
}

/** The same response put into a cache of its own as it is, neither counted nor checked:
 *  Cache Storage's own floor for writing the file while it arrives. */
async function rawCachePut(ref: FileRef) {
  const name = `bench-raw-put-${Date.now()}`;
  const cache = await caches.open(name);
  const start = performance.now();
  const response = await fetch(fileUrl(ref.id), { credentials: 'same-origin', cache: 'no-store' });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  await cache.put(fileUrl(ref.id), response);
  const ms = performance.now() - start;
  await caches.delete(name);
  return { ms, bytes: ref.size, progressCalls: 0 };
}

/** Writes welcome items into her database, as a pull would have (the Bienvenue bench). */
async function putContent(agentId: string, items: ContentItem[]): Promise<number> {
  const db = createUserDb(agentId);
  await db.open();
  await db.contentItem.bulkPut(items);
  const count = await db.contentItem.count();
  db.close();
  return count;
}

/** The screen's own read (readWelcome: her recipient, every item, targeting, order), timed
 *  `times` times: the floor of the screen's render. */
async function welcomeReadMs(
  agent: Agent,
  times: number,
): Promise<{ ms: number[]; items: number }> {
  const db = createUserDb(agent.id);
  await db.open();
  const ms: number[] = [];
  let items = 0;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    items = (await readWelcome(db, agent)).items.length;
    ms.push(performance.now() - start);
  }
  db.close();
  return { ms, items };
}

export const welcomeFilesApi = {
  downloadAndStore,
  plainFetch,
  rawCachePut,
  putContent,
  welcomeReadMs,
};

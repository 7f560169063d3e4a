/* Parcours — the welcome content's files kept on the device (issue 18), answered from the
 * cache src/db/offline-files.ts fills, range requests included (a film's seeking offline).
 * The generated worker (vite-plugin-pwa, generateSW) imports this file unbundled, so it is
 * plain JavaScript; workbox-range-requests is not reachable from here (the generated
 * worker's Workbox chunk exports only what its own routes use, to its own scope). */
/* global self, caches, fetch, Response */

const filesCacheName = 'parcours-files-v1'; // as in src/db/offline-files.ts
const filePath = /^\/api\/files\/[^/]+$/;

/** A copy of byteRange in src/domain/content/byte-range.ts, which documents it; its test
 *  runs one table through both. 'whole', 'unsatisfiable' or { first, last }. */
function byteRange(header, size) {
  if (!header) return 'whole';
  const match = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i.exec(header);
  if (!match) return 'whole';
  const from = match[1];
  const to = match[2];
  if (from === '' && to === '') return 'whole';
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { first: Math.max(0, size - suffix), last: size - 1 };
  }
  const first = Number(from);
  const last = to === '' ? Number.POSITIVE_INFINITY : Number(to);
  if (last < first) return 'whole';
  if (first >= size) return 'unsatisfiable';
  return { first, last: Math.min(last, size - 1) };
}

/** The kept file's answer to `request`, or undefined when it is not kept. */
async function fromCache(request) {
  const url = new URL(request.url);
  // Keyed by the file's URL alone: the request's Range, query and Vary are not part of it.
  const cached = await caches.match(url.origin + url.pathname, {
    cacheName: filesCacheName,
    ignoreSearch: true,
    ignoreVary: true,
  });
  if (!cached) return undefined;
  const range = request.headers.get('range');
  if (!range) return cached;
  const blob = await cached.blob();
  const type = cached.headers.get('content-type') || blob.type;
  const slice = byteRange(range, blob.size);
  if (slice === 'whole') {
    return new Response(blob, {
      headers: {
        'content-type': type,
        'content-length': String(blob.size),
        'accept-ranges': 'bytes',
      },
    });
  }
  if (slice === 'unsatisfiable') {
    return new Response(null, {
      status: 416,
      statusText: 'Range Not Satisfiable',
      headers: { 'content-range': `bytes */${blob.size}` },
    });
  }
  return new Response(blob.slice(slice.first, slice.last + 1, type), {
    status: 206,
    statusText: 'Partial Content',
    headers: {
      'content-type': type,
      'content-length': String(slice.last - slice.first + 1),
      'content-range': `bytes ${slice.first}-${slice.last}/${blob.size}`,
      'accept-ranges': 'bytes',
    },
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !filePath.test(url.pathname)) return;
  // respondWith must be called before this listener returns, so before the cache is read:
  // a file not kept (or a cache that fails to read) goes to the network as it would without
  // this worker, the request as it is (its Range, cookies and signal included).
  event.respondWith(
    fromCache(request)
      .catch(() => undefined)
      .then((answer) => answer || fetch(request)),
  );
});

// For the test that holds this copy to the TypeScript one (byte-range.test.ts, files-sw.test.ts).
self.parcoursFilesWorker = { byteRange, fromCache };

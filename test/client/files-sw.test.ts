import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Blob as NodeBlob } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// public/files-sw.js, the service worker's answer to the welcome content's files kept on
// the device (src/db/offline-files.ts), run as the generated worker runs it: unbundled,
// against a stand-in for the worker's scope and its Cache Storage.

const origin = 'https://parcours.test';
const id = '11111111-1111-4111-8111-111111111111';
const fileUrl = `${origin}/api/files/${id}`;
const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

// A browser has one Blob; under jsdom, Node's Response reads only Node's.
beforeEach(() => {
  vi.stubGlobal('Blob', NodeBlob);
});

function worker({ kept = true, cacheFails = false } = {}) {
  let listener: ((event: unknown) => void) | undefined;
  const self = {
    location: { origin },
    addEventListener: (type: string, handler: (event: unknown) => void) => {
      if (type === 'fetch') listener = handler;
    },
  };
  const looked: { url: string; options: unknown }[] = [];
  const caches = {
    match: (url: string, options: unknown) => {
      looked.push({ url, options });
      if (cacheFails) return Promise.reject(new Error('cache unreadable'));
      const entry = new Response(bytes.slice(), {
        headers: { 'content-type': 'video/webm', 'content-length': '1000' },
      });
      return Promise.resolve(kept && url === fileUrl ? entry : undefined);
    },
  };
  const network = vi.fn((_request: Request) => Promise.resolve(new Response('network')));
  const source = readFileSync(join(import.meta.dirname, '../../public/files-sw.js'), 'utf8');
  runInNewContext(source, { self, caches, fetch: network, Response, URL });

  /** Dispatches a fetch; the worker's answer, or null when it let the request through. */
  function request(url: string, init: RequestInit = {}): Promise<Response | null> {
    let answer: Promise<Response | null> = Promise.resolve(null);
    listener!({
      request: new Request(url, init),
      respondWith: (response: Promise<Response>) => {
        answer = response;
      },
    });
    return answer;
  }
  return { request, network, looked };
}

const range = (value: string) => ({ headers: { range: value } });
const body = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('the files service worker', () => {
  it('answers a kept file whole without a Range, looked up by its URL in its own cache', async () => {
    const { request, network, looked } = worker();
    const answer = (await request(`${fileUrl}?v=1`))!;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('video/webm');
    expect(await body(answer)).toEqual(bytes);
    expect(network).not.toHaveBeenCalled();
    expect(looked).toEqual([
      {
        url: fileUrl,
        options: { cacheName: 'parcours-files-v1', ignoreSearch: true, ignoreVary: true },
      },
    ]);
  });

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
    ['bytes=0-5000', 0, 999],
  ])('answers %s with 206 and those bytes', async (header, first, last) => {
    const { request } = worker();
    const answer = (await request(fileUrl, range(header)))!;
    expect(answer.status).toBe(206);
    expect(Object.fromEntries(answer.headers)).toEqual({
      'accept-ranges': 'bytes',
      'content-length': String(last - first + 1),
      'content-range': `bytes ${first}-${last}/1000`,
      'content-type': 'video/webm',
    });
    expect(await body(answer)).toEqual(bytes.slice(first, last + 1));
  });

  it('answers a range past the end with 416 and the size', async () => {
    const { request } = worker();
    const answer = (await request(fileUrl, range('bytes=1000-')))!;
    expect(answer.status).toBe(416);
    expect(answer.headers.get('content-range')).toBe('bytes */1000');
  });

  it('answers a Range it ignores (several ranges) with the whole file', async () => {
    const { request } = worker();
    const answer = (await request(fileUrl, range('bytes=0-1,5-6')))!;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('accept-ranges')).toBe('bytes');
    expect(await body(answer)).toEqual(bytes);
  });

  it.each([
    ['a file not kept', { kept: false }],
    ['a cache that fails to read', { cacheFails: true }],
  ])('sends the request as it is to the network for %s', async (_case, setup) => {
    const { request, network } = worker(setup);
    const answer = (await request(fileUrl, range('bytes=0-')))!;
    expect(await answer.text()).toBe('network');
    expect(network).toHaveBeenCalledOnce();
    expect(network.mock.calls[0]![0].headers.get('range')).toBe('bytes=0-');
  });

  it.each([
    ['another method', fileUrl, { method: 'HEAD' }],
    ['another origin', `https://other.test/api/files/${id}`, {}],
    ['another API path', `${origin}/api/sync/pull`, {}],
    ['a path below a file', `${fileUrl}/more`, {}],
    ['the upload endpoint', `${origin}/api/files`, { method: 'POST', body: 'x' }],
  ])('leaves %s alone', async (_case, url, init) => {
    const { request, network } = worker();
    expect(await request(url, init)).toBeNull();
    expect(network).not.toHaveBeenCalled();
  });
});

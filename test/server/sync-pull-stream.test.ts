import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { PullResponse } from '../../src/domain/protocol';
import type { Database } from '../../src/server/store/database';
import { stores, useHarness } from './helpers';
import { post, signIn, type ErrorBody } from './sync-helpers';

const ndjson = 'application/x-ndjson';

/** One pull asking for the stream, answered in full (inject waits for its end). */
function streamed(app: FastifyInstance, cookie: string, body: unknown) {
  return app.inject({
    method: 'POST',
    url: '/api/sync/pull',
    headers: { 'content-type': 'application/json', accept: ndjson, cookie },
    payload: JSON.stringify(body),
  });
}

const pagesOf = (payload: string) =>
  payload
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => PullResponse.parse(JSON.parse(line)));

// A client that accepts it gets every page of a catch-up in one answer, one page per line,
// each exactly the page it would have got by asking with the previous page's cursor.
describe.each(stores())('streamed pulls on $name', (store) => {
  const h = useHarness(store, { pullPageSize: 20 });

  it('carries, line by line, the pages that one-page pulls give', async () => {
    const me = await signIn(h.app, 'responsable');
    const answer = await streamed(h.app, me.cookie, {
      protocol: 1,
      clientId: randomUUID(),
      cursor: null,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe(`${ndjson}; charset=utf-8`);
    expect(answer.payload.endsWith('\n')).toBe(true);
    const pages = pagesOf(answer.payload);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.map((p) => p.more)).toEqual([
      ...Array<boolean>(pages.length - 1).fill(true),
      false,
    ]);
    expect(pages.map((p) => p.reset)).toEqual([
      true,
      ...Array<boolean>(pages.length - 1).fill(false),
    ]);
    // Pages grow: a tenth of a full one first, then three times the last, up to a full one.
    expect(pages.slice(0, 3).map((p) => p.changes.length)).toEqual([2, 6, 18]);
    expect(Math.max(...pages.map((p) => p.changes.length))).toBe(20);

    // The same pages, one request each, from another device of the same person.
    const clientId = randomUUID();
    let cursor: string | null = null;
    const one: PullResponse[] = [];
    for (let more = true; more;) {
      const page = PullResponse.parse(
        (await post(h.app, '/api/sync/pull', { protocol: 1, clientId, cursor }, me.cookie)).json(),
      );
      one.push(page);
      ({ cursor, more } = page);
    }
    const strip = (list: PullResponse[]) => list.map(({ cursor: _c, ...page }) => page);
    expect(strip(pages)).toEqual(strip(one));
  });

  it('stops after its cap of pages, the last saying more, and goes on from its cursor', async () => {
    const app = await h.build({ pullStreamPages: 2 });
    const me = await signIn(app, 'responsable');
    const clientId = randomUUID();
    const first = pagesOf(
      (await streamed(app, me.cookie, { protocol: 1, clientId, cursor: null })).payload,
    );
    expect(first).toHaveLength(2);
    expect(first[1]!.more).toBe(true);
    const rest = pagesOf(
      (await streamed(app, me.cookie, { protocol: 1, clientId, cursor: first[1]!.cursor })).payload,
    );
    expect(rest[0]!.reset).toBe(false);
    expect(rest[0]!.changes.length).toBe(18); // three times the last page sent
  });

  it('keeps the status of a refusal: the first page is read before answering', async () => {
    const ines = await signIn(h.app, 'recrue');
    const marc = await signIn(h.app, 'tuteur');
    const clientId = randomUUID();
    await streamed(h.app, ines.cookie, { protocol: 1, clientId, cursor: null });
    const stolen = await streamed(h.app, marc.cookie, { protocol: 1, clientId, cursor: null });
    expect(stolen.statusCode).toBe(403);
    expect(stolen.json<ErrorBody>().error.code).toBe('forbidden');
    const old = await streamed(h.app, ines.cookie, { protocol: 0, clientId, cursor: null });
    expect(old.statusCode).toBe(426);
    const bad = await streamed(h.app, ines.cookie, { protocol: 1, clientId: 'me', cursor: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.field).toBe('clientId');
  });

  it('ends without its last line when a later page fails, the pages before it whole', async () => {
    let pulls = 0;
    const failing: Database = {
      ...h.db,
      transaction: (fn, options) => {
        // One transaction claims the client and reads the scope, then one per page.
        if (++pulls === 4) return Promise.reject(new Error('connection lost'));
        return h.db.transaction(fn, options);
      },
    };
    const app = await h.build({ database: failing });
    const me = await signIn(h.app, 'responsable');
    // Over a real socket: the server closes it mid-answer, as a client would see it.
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${origin}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ndjson, cookie: me.cookie },
      body: JSON.stringify({ protocol: 1, clientId: randomUUID(), cursor: null }),
    });
    expect(response.status).toBe(200);
    let received = '';
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          received += decoder.decode(value, { stream: true });
        }
      })(),
    ).rejects.toThrow();
    expect(received.endsWith('\n')).toBe(true); // every line sent is whole
    const pages = pagesOf(received);
    expect(pages).toHaveLength(2);
    expect(pages.at(-1)!.more).toBe(true);
  });
});

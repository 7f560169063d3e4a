import {
  PullResponse,
  PushResponse,
  pullStreamType,
  type PullRequest,
  type PushRequest,
} from '../domain/protocol';
import { readAhead, splitLines } from './lines';

/** Why a sync request failed, as far as the engine needs to know to react. */
export type SyncFailure =
  | { kind: 'unauthorized' } // 401: ask to log in again, keep the outbox
  | { kind: 'gap'; expected: number } // 409: the server expects another mutation id
  | { kind: 'protocol' } // 426: this app is too old for the server: offer the update
  | { kind: 'network' } // no answer, or an answer cut short: offline, or the answer was lost
  | { kind: 'server'; status: number }; // 5xx or an answer we cannot read: retry later

export class SyncError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(`sync failed: ${failure.kind}`);
    this.name = 'SyncError';
  }
}

/** The network behind an interface, so that tests drive the engine against an in-process
 *  server (STYLE 7). */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  /** The pages from the request's cursor on, as the server streams them: the last one says
   *  `more: false`, or the server stopped (its per-request cap) and the caller asks again
   *  from the last cursor. Pages are read ahead while the caller writes the previous one. */
  pull(request: PullRequest): AsyncIterable<PullResponse>;
}

/** An HTTP answer as the transport reads it: its status, then its body as JSON or as the
 *  text chunks in which it arrives. */
export interface Answer {
  status: number;
  json(): Promise<unknown>;
  chunks(): AsyncIterable<string>;
}

/** How a request wants its answer: its media type, and a signal to stop reading it. */
export interface PostOptions {
  accept: string;
  signal: AbortSignal;
}

type Post = (path: string, body: unknown, options: PostOptions) => Promise<Answer>;

/** Turns a refusal status into the failure the engine reacts to; 200 passes. */
async function refusal(response: Answer): Promise<SyncError | null> {
  const { status } = response;
  if (status === 200) return null;
  if (status === 401) return new SyncError({ kind: 'unauthorized' });
  if (status === 426) return new SyncError({ kind: 'protocol' });
  if (status === 409) {
    const body = (await response.json().catch(() => ({}))) as { expectedMutationId?: unknown };
    const expected = typeof body.expectedMutationId === 'number' ? body.expectedMutationId : 0;
    return new SyncError({ kind: 'gap', expected });
  }
  return new SyncError({ kind: 'server', status });
}

/** Reads a body: it is validated like any input (DESIGN §6). */
function validated<T>(value: unknown, schema: { parse: (value: unknown) => T }): T {
  try {
    return schema.parse(value);
  } catch {
    throw new SyncError({ kind: 'server', status: 200 });
  }
}

/**
 * How long a request may wait for a sign of life: its answer's first bytes, the next chunk
 * of a pull's stream, or the engine taking the next page. Past it the connection is taken
 * for lost — a proxy that swallows it, a server process killed while taking it — and the
 * cycle fails as offline does, to be tried again; without it the engine would wait for ever.
 */
export const silenceMs = 30_000;

/** An abort signal that fires after `ms` without `alive()`. */
function silenceWatch(ms: number) {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), ms);
  return {
    signal: controller.signal,
    alive: () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    /** The request is over: stop counting, and stop reading whatever is left of it. */
    end: () => {
      clearTimeout(timer);
      controller.abort();
    },
  };
}

/** The transport over any `post` function: fetch in the app, app.inject in tests. */
export function transportOver(post: Post, silence = silenceMs): SyncTransport {
  const send = async (path: string, body: unknown, options: PostOptions) => {
    try {
      return await post(path, body, options);
    } catch {
      throw new SyncError({ kind: 'network' });
    }
  };

  /** The answer's chunks, each a sign of life. */
  async function* heard(chunks: AsyncIterable<string>, alive: () => void) {
    for await (const chunk of chunks) {
      alive();
      yield chunk;
    }
  }

  async function* pages(response: Answer, alive: () => void): AsyncGenerator<PullResponse> {
    try {
      for await (const line of splitLines(heard(response.chunks(), alive))) {
        let page: unknown;
        try {
          page = JSON.parse(line.text);
        } catch {
          // A last line cut short is a broken connection; any other, an unreadable answer.
          throw new SyncError(line.cut ? { kind: 'network' } : { kind: 'server', status: 200 });
        }
        yield validated(page, PullResponse);
      }
    } catch (error) {
      // The connection broke mid-answer: the pages before it stand, and the caller goes on
      // from their cursor next time.
      throw error instanceof SyncError ? error : new SyncError({ kind: 'network' });
    }
  }

  return {
    async push(request) {
      const watch = silenceWatch(silence);
      try {
        const response = await send('/api/sync/push', request, {
          accept: 'application/json',
          signal: watch.signal,
        });
        const refused = await refusal(response);
        if (refused) throw refused;
        const body = await response.json().catch(() => {
          throw new SyncError(
            watch.signal.aborted ? { kind: 'network' } : { kind: 'server', status: 200 },
          );
        });
        return validated(body, PushResponse);
      } finally {
        watch.end();
      }
    },
    async *pull(request) {
      const watch = silenceWatch(silence);
      try {
        const response = await send('/api/sync/pull', request, {
          accept: pullStreamType,
          signal: watch.signal,
        });
        const refused = await refusal(response);
        if (refused) throw refused;
        for await (const page of readAhead(pages(response, watch.alive))) {
          watch.alive(); // a slow device writing a page is not a silent network
          yield page;
          watch.alive();
        }
      } finally {
        watch.end(); // the caller may have stopped early: stop reading the answer
      }
    },
  };
}

/** Decodes a fetch body into text chunks as they arrive. */
async function* textChunks(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        yield decoder.decode();
        return;
      }
      yield decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
}

/** The app's transport: same origin, session cookie, nothing cached (the server says
 *  no-store and the service worker never caches /api). */
export const httpTransport = (): SyncTransport =>
  transportOver(async (path, body, { accept, signal }) => {
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
      signal,
    });
    return {
      status: response.status,
      json: () => response.json() as Promise<unknown>,
      chunks: () => textChunks(response.body),
    };
  });

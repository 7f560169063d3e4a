import { PullResponse, PushResponse, type PullRequest, type PushRequest } from '../domain/protocol';

/** Why a sync request failed, as far as the engine needs to know to react. */
export type SyncFailure =
  | { kind: 'unauthorized' } // 401: ask to log in again, keep the outbox
  | { kind: 'gap'; expected: number } // 409: the server expects another mutation id
  | { kind: 'protocol' } // 426: this app is too old for the server: offer the update
  | { kind: 'network' } // no answer: offline, or the answer was lost
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
  pull(request: PullRequest): Promise<PullResponse>;
}

type Post = (
  path: string,
  body: unknown,
) => Promise<{ status: number; json: () => Promise<unknown> }>;

/** Reads an answer: the body is validated like any input (DESIGN §6). */
async function answer<T>(
  response: { status: number; json: () => Promise<unknown> },
  schema: { parse: (value: unknown) => T },
): Promise<T> {
  const { status } = response;
  if (status === 401) throw new SyncError({ kind: 'unauthorized' });
  if (status === 426) throw new SyncError({ kind: 'protocol' });
  if (status === 409) {
    const body = (await response.json().catch(() => ({}))) as { expectedMutationId?: unknown };
    const expected = typeof body.expectedMutationId === 'number' ? body.expectedMutationId : 0;
    throw new SyncError({ kind: 'gap', expected });
  }
  if (status !== 200) throw new SyncError({ kind: 'server', status });
  try {
    return schema.parse(await response.json());
  } catch {
    throw new SyncError({ kind: 'server', status });
  }
}

/** The transport over any `post` function: fetch in the app, app.inject in tests. */
export function transportOver(post: Post): SyncTransport {
  const send = async (path: string, body: unknown) => {
    try {
      return await post(path, body);
    } catch {
      throw new SyncError({ kind: 'network' });
    }
  };
  return {
    push: async (request) => answer(await send('/api/sync/push', request), PushResponse),
    pull: async (request) => answer(await send('/api/sync/pull', request), PullResponse),
  };
}

/** The app's transport: same origin, session cookie, nothing cached (the server says
 *  no-store and the service worker never caches /api). */
export const httpTransport = (): SyncTransport =>
  transportOver((path, body) =>
    fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

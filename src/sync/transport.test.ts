import { describe, expect, it } from 'vitest';
import type { PullRequest, PushRequest } from '../domain/protocol';
import { SyncError, transportOver, type Answer } from './transport';

const pullRequest: PullRequest = { protocol: 1, clientId: crypto.randomUUID(), cursor: null };
const pushRequest: PushRequest = { protocol: 1, clientId: crypto.randomUUID(), mutations: [] };
const page = (more: boolean) =>
  `${JSON.stringify({ cursor: 'c', reset: false, more, lastMutationId: 0, changes: [] })}\n`;

/** Resolves when `signal` aborts, the way fetch rejects then. */
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

const networkFailure = (error: unknown) =>
  error instanceof SyncError && error.failure.kind === 'network';

// A request that never hears back (a proxy that swallows it, a server process killed while
// taking it) must fail as offline does, so that the engine tries again (transport.ts).
describe('a silent connection', () => {
  it('fails a push that never answers, as the network', async () => {
    const transport = transportOver((_path, _body, { signal }) => untilAborted(signal), 20);
    await expect(transport.push(pushRequest)).rejects.toSatisfy(networkFailure);
  });

  it('fails a pull that never answers, and one whose stream stops mid-way, after its pages', async () => {
    const never = transportOver((_path, _body, { signal }) => untilAborted(signal), 20);
    await expect(never.pull(pullRequest)[Symbol.asyncIterator]().next()).rejects.toSatisfy(
      networkFailure,
    );

    const stalls = transportOver(
      (_path, _body, { signal }) =>
        Promise.resolve<Answer>({
          status: 200,
          json: () => Promise.reject(new Error('a stream')),
          async *chunks() {
            yield page(true);
            await untilAborted(signal);
          },
        }),
      20,
    );
    const received: boolean[] = [];
    const reading = (async () => {
      for await (const answer of stalls.pull(pullRequest)) received.push(answer.more);
    })();
    await expect(reading).rejects.toSatisfy(networkFailure);
    expect(received).toEqual([true]);
  });

  it('waits as long as the answer keeps coming', async () => {
    const slow = transportOver(
      () =>
        Promise.resolve<Answer>({
          status: 200,
          json: () => Promise.reject(new Error('a stream')),
          async *chunks() {
            for (const more of [true, true, false]) {
              await new Promise((resolve) => setTimeout(resolve, 12));
              yield page(more);
            }
          },
        }),
      20,
    );
    const received: boolean[] = [];
    for await (const answer of slow.pull(pullRequest)) received.push(answer.more);
    expect(received).toEqual([true, true, false]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Database, ListenEvent } from '../store/database';
import { WRITES_CHANNEL } from '../store/writers';
import { WriteFeed } from './write-feed';

/** A feed over a database that only says its schema and lets the test notify. */
async function feedOn(schema = 'public') {
  let tell: (event: ListenEvent) => void = () => undefined;
  const db = {
    query: () => Promise.resolve([{ schema }]),
    listen: (channel: string, onEvent: (event: ListenEvent) => void) => {
      expect(channel).toBe(WRITES_CHANNEL);
      tell = onEvent;
      return Promise.resolve({ caughtUp: () => Promise.resolve(), stop: () => Promise.resolve() });
    },
  } as unknown as Database;
  const feed = new WriteFeed();
  await feed.start(db);
  return {
    feed,
    notify: (payload: string) => tell({ payload }),
    tell: (e: ListenEvent) => tell(e),
  };
}

const agents = new Set(['a1', 'a2']);

describe('the writes a process has heard of', () => {
  it.each([
    ['public *', false],
    ['public health:a2', false],
    ['public health:zz', true],
    ['t_other *', true], // another schema's write: another deployment's data
    ['t_other health:a1', true],
  ])('after %s, a mark taken before still holds: %s', async (payload, holds) => {
    const { feed, notify } = await feedOn();
    const mark = feed.mark()!;
    notify(payload);
    expect(feed.untouchedSince(mark, agents)).toBe(holds);
    expect(feed.untouchedSince(feed.mark()!, agents)).toBe(true);
  });

  it('refuses a mark older than what it remembers, even if every write was elsewhere', async () => {
    const { feed, notify } = await feedOn();
    const mark = feed.mark()!;
    for (let n = 0; n < 4096; n++) notify('public health:zz');
    expect(feed.untouchedSince(mark, agents)).toBe(true);
    notify('public health:zz');
    expect(feed.untouchedSince(mark, agents)).toBe(false);
  });

  it('gives no mark while the connection is lost, and none from before once it is back', async () => {
    const { feed, tell } = await feedOn();
    const before = feed.mark()!;
    tell('lost');
    expect(feed.mark()).toBeUndefined();
    expect(feed.untouchedSince(before, agents)).toBe(false);
    tell('listening');
    expect(feed.untouchedSince(before, agents)).toBe(false);
    expect(feed.untouchedSince(feed.mark()!, agents)).toBe(true);
  });

  it('shares one round trip among the callers that came before it was sent', async () => {
    let trips = 0;
    const db = {
      query: () => Promise.resolve([{ schema: 'public' }]),
      listen: () =>
        Promise.resolve({
          caughtUp: () => new Promise<void>((resolve) => setTimeout(() => (trips++, resolve()))),
          stop: () => Promise.resolve(),
        }),
    } as unknown as Database;
    const feed = new WriteFeed();
    await feed.start(db);
    const first = feed.caughtUp(); // sent at once
    const later = [feed.caughtUp(), feed.caughtUp(), feed.caughtUp()]; // wait for the next
    await first;
    expect(trips).toBe(1);
    await Promise.all(later);
    expect(trips).toBe(2);
  });
});

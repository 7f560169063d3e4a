import { describe, expect, it } from 'vitest';
import { readAhead, splitLines } from './lines';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve(); // each chunk in a turn of its own, as from a socket
    yield item;
  }
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

describe('splitLines', () => {
  it('gives each line once its break has arrived, whatever the chunks', async () => {
    const lines = await all(splitLines(from(['{"a":', '1}\n{"b"', ':2}\n', '\n{"c":3}\n'])));
    expect(lines).toEqual([
      { text: '{"a":1}', cut: false },
      { text: '{"b":2}', cut: false },
      { text: '{"c":3}', cut: false },
    ]);
  });

  it('marks a last line without its break as cut', async () => {
    const lines = await all(splitLines(from(['{"a":1}\n{"b":', '2'])));
    expect(lines.at(-1)).toEqual({ text: '{"b":2', cut: true });
  });
});

describe('readAhead', () => {
  it('reads the source to its end while the consumer is still on the first item', async () => {
    const read: number[] = [];
    async function* source() {
      for (let i = 1; i <= 3; i++) {
        await Promise.resolve();
        read.push(i);
        yield i;
      }
    }
    const seen: number[][] = [];
    for await (const item of readAhead(source())) {
      // A slow consumer: a few turns of the event loop per item.
      for (let turn = 0; turn < 10; turn++) await new Promise((r) => setTimeout(r, 0));
      seen.push([item, read.length]);
    }
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives the items read before a failure, then the failure', async () => {
    async function* source() {
      yield* from([1, 2]);
      throw new Error('connection reset');
    }
    const seen: number[] = [];
    const reading = (async () => {
      for await (const item of readAhead(source())) seen.push(item);
    })();
    await expect(reading).rejects.toThrow('connection reset');
    expect(seen).toEqual([1, 2]);
  });
});

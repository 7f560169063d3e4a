/** One line of a text read in chunks; `cut` when the text ended without a line break after
 *  it (a connection that broke mid-line, or a server that sent one unterminated answer). */
export interface Line {
  text: string;
  cut: boolean;
}

/** The lines of a text that arrives in chunks, each as soon as its line break has arrived. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  // The chunks of the line under way: a page is megabytes in 64 KiB chunks, so each chunk
  // is searched once for a break, and joined once, with its line.
  let parts: string[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      parts.push(chunk.slice(start, end));
      const text = parts.join('');
      parts = [];
      start = end + 1;
      if (text.trim() !== '') yield { text, cut: false };
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  const rest = parts.join('');
  if (rest.trim() !== '') yield { text: rest, cut: true };
}

/**
 * Reads `source` to its end as fast as it gives, whatever the pace of the consumer, which
 * gets the items in order: a pull's next page arrives while the device writes this one.
 * A failure of the source reaches the consumer after the items read before it.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const queue: T[] = [];
  // Written by the pump, read here: one object, so that TypeScript does not narrow it.
  const state: { finished: boolean; failure?: { error: unknown }; wake?: () => void } = {
    finished: false,
  };
  const pump = (async () => {
    try {
      for await (const item of source) {
        queue.push(item);
        state.wake?.();
      }
    } catch (error) {
      state.failure = { error };
    } finally {
      state.finished = true;
      state.wake?.();
    }
  })();
  for (;;) {
    const item = queue.shift();
    if (item !== undefined) {
      yield item;
      continue;
    }
    if (state.finished) break;
    await new Promise<void>((resolve) => (state.wake = resolve));
    state.wake = undefined;
  }
  await pump;
  if (state.failure) throw state.failure.error;
}

import { Readable } from 'node:stream';
import { pageJson, type PulledPage } from './pull';

/**
 * Pages from `first` on, one JSON answer per line, each read as the client would read it
 * with the previous page's cursor, until one says `more: false` or `maxPages` were sent
 * (the last then says `more: true`, and the client asks again from its cursor).
 * The next page is read while this one travels and the device writes it: a catch-up costs
 * one request, not one round trip per page. At most one page waits in memory (backpressure
 * from the socket pauses the reading). A failure after the first page ends the stream
 * without its last line: the client keeps the pages it has and goes on from their cursor.
 */
export function pageStream(
  first: PulledPage,
  next: (cursor: string) => Promise<PulledPage>,
  maxPages: number,
): Readable {
  async function* lines() {
    let page = first;
    for (let sent = 1; ; sent++) {
      yield `${pageJson(page)}\n`;
      if (!page.head.more || sent >= maxPages) return;
      await new Promise((resolve) => setImmediate(resolve));
      page = await next(page.head.cursor);
    }
  }
  return Readable.from(lines(), { objectMode: false, highWaterMark: 1 });
}

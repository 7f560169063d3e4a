/**
 * Reading a `Range` request header against a file of `size` bytes (RFC 9110 §14.1.2, §14.2),
 * for the service worker that answers a kept file's range requests offline (the video's
 * seeking). public/files-sw.js holds a plain-JavaScript copy of `byteRange`, as the worker
 * loads that file unbundled: byte-range.test.ts runs one table through both, so that they
 * cannot drift apart.
 */

/** The bytes to send, both ends included, as Content-Range writes them. */
export interface ByteSlice {
  first: number;
  last: number;
}

/**
 * - `'whole'`: no Range to honour (absent, another unit, not valid, several ranges): the
 *   whole file, 200 — a server MAY ignore Range, and MUST ignore one it cannot parse;
 * - `'unsatisfiable'`: a valid range wholly past the end (or an empty suffix): 416;
 * - a slice: 206, its end clipped to the file's.
 */
export type RangeAnswer = ByteSlice | 'whole' | 'unsatisfiable';

// bytes=first-last, bytes=first-, bytes=-suffix; unit case-insensitive, OWS around the spec.
const single = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i;

export function byteRange(header: string | null | undefined, size: number): RangeAnswer {
  if (!header) return 'whole';
  const match = single.exec(header);
  if (!match) return 'whole'; // another unit, a list of ranges, or garbage
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'whole'; // "bytes=-" is no range-spec
  if (from === '') {
    // A suffix: the last `to` bytes, all of them when the file is shorter.
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { first: Math.max(0, size - suffix), last: size - 1 };
  }
  const first = Number(from);
  const last = to === '' ? Number.POSITIVE_INFINITY : Number(to);
  if (last < first) return 'whole'; // invalid, so ignored (§14.1.1)
  if (first >= size) return 'unsatisfiable';
  return { first, last: Math.min(last, size - 1) };
}

/** How many bytes a slice holds. */
export const sliceLength = ({ first, last }: ByteSlice): number => last - first + 1;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { byteRange, sliceLength, type RangeAnswer } from './byte-range';

/** The plain-JavaScript copy the service worker runs (public/files-sw.js), loaded as the
 *  worker loads it, with a stand-in for its global scope. */
function workerCopy(): typeof byteRange {
  const source = readFileSync(join(import.meta.dirname, '../../../public/files-sw.js'), 'utf8');
  const self = { location: { origin: 'https://parcours.test' }, addEventListener: () => {} };
  runInNewContext(source, { self });
  return (self as unknown as { parcoursFilesWorker: { byteRange: typeof byteRange } })
    .parcoursFilesWorker.byteRange;
}

const size = 1000;
const cases: [string, string | null | undefined, RangeAnswer][] = [
  ['no header: the whole file', null, 'whole'],
  ['an empty header: the whole file', '', 'whole'],
  ['a first slice', 'bytes=0-499', { first: 0, last: 499 }],
  ['the last bytes, by position', 'bytes=500-999', { first: 500, last: 999 }],
  ['one byte', 'bytes=0-0', { first: 0, last: 0 }],
  ['open-ended: to the end', 'bytes=500-', { first: 500, last: 999 }],
  ['open-ended from the last byte', 'bytes=999-', { first: 999, last: 999 }],
  ['a media element’s first request', 'bytes=0-', { first: 0, last: 999 }],
  ['a suffix: the last 500 bytes', 'bytes=-500', { first: 500, last: 999 }],
  ['a suffix longer than the file: all of it', 'bytes=-2000', { first: 0, last: 999 }],
  ['an end past the file’s: clipped', 'bytes=900-5000', { first: 900, last: 999 }],
  ['a huge end: clipped', 'bytes=0-99999999999999999999', { first: 0, last: 999 }],
  ['the unit in capitals', 'BYTES=0-1', { first: 0, last: 1 }],
  ['spaces around the spec', 'bytes= 10-19 ', { first: 10, last: 19 }],
  ['a start at the end: unsatisfiable', 'bytes=1000-', 'unsatisfiable'],
  ['a slice past the end: unsatisfiable', 'bytes=1000-1200', 'unsatisfiable'],
  ['a huge start: unsatisfiable', 'bytes=99999999999999999999-', 'unsatisfiable'],
  ['an empty suffix: unsatisfiable', 'bytes=-0', 'unsatisfiable'],
  ['an end before the start: invalid, ignored', 'bytes=5-4', 'whole'],
  ['no position at all: ignored', 'bytes=-', 'whole'],
  ['several ranges: ignored (no multipart answer)', 'bytes=0-1,5-6', 'whole'],
  ['another unit: ignored', 'items=0-1', 'whole'],
  ['letters: ignored', 'bytes=a-b', 'whole'],
  ['a hexadecimal start: ignored', 'bytes=0x10-', 'whole'],
  ['a decimal point: ignored', 'bytes=1.5-2', 'whole'],
  ['a negative start: ignored', 'bytes=-5-10', 'whole'],
];

describe.each([
  ['byteRange', byteRange],
  ['the service worker’s copy', workerCopy()],
])('%s against a 1000-byte file', (_name, parse) => {
  it.each(cases)('%s (%s)', (_case, header, expected) => {
    expect(parse(header, size)).toEqual(expected);
  });

  it('finds every suffix of an empty file unsatisfiable and ignores the rest as usual', () => {
    expect(parse('bytes=-1', 0)).toBe('unsatisfiable');
    expect(parse('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parse(null, 0)).toBe('whole');
  });
});

describe('sliceLength', () => {
  it.each([
    [{ first: 0, last: 0 }, 1],
    [{ first: 0, last: 999 }, 1000],
    [{ first: 500, last: 999 }, 500],
  ])('%o holds %d bytes', (slice, bytes) => {
    expect(sliceLength(slice)).toBe(bytes);
  });
});

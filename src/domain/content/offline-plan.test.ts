import { describe, expect, it } from 'vitest';
import type { FileRef } from './entity';
import { offlinePlan } from './offline-plan';

const file = (id: string, size: number): FileRef => ({
  id,
  name: `${id}.bin`,
  type: 'video/webm',
  size,
});
const video = file('video', 1000);
const poster = file('poster', 100);
const captions = file('captions', 10);
const ids = (refs: FileRef[]) => refs.map((ref) => ref.id);

describe('offlinePlan', () => {
  it.each([
    [
      'nothing kept: all to download',
      [video, poster, captions],
      [],
      ['video', 'poster', 'captions'],
      1110,
      0,
    ],
    [
      'all kept: nothing to download',
      [video, poster, captions],
      ['video', 'poster', 'captions'],
      [],
      1110,
      1110,
    ],
    [
      'the film kept: the rest, from its bytes on',
      [video, poster, captions],
      ['video'],
      ['poster', 'captions'],
      1110,
      1000,
    ],
    ['a file named twice counts once', [video, poster, poster], ['poster'], ['video'], 1100, 100],
    ['a kept file of another item does not count', [poster], ['video'], ['poster'], 100, 0],
    ['no file', [], [], [], 0, 0],
  ])('%s', (_case, refs, kept, missing, totalBytes, storedBytes) => {
    const plan = offlinePlan(refs, new Set(kept));
    expect(ids(plan.missing)).toEqual(missing);
    expect(plan.totalBytes).toBe(totalBytes);
    expect(plan.storedBytes).toBe(storedBytes);
    expect(ids(plan.files)).toEqual([...new Set(ids(refs))]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStorableText, storableText, unstorableTextAt } from './text';

describe('storable text', () => {
  it.each([
    ['plain French', 'Bilan à 1 mois — validé', true],
    ['an emoji (a surrogate pair)', 'bravo 👏', true],
    ['NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\uD800b', false],
    ['a lone low surrogate', 'a\uDC00b', false],
    ['a high surrogate at the end', 'a\uD83D', false],
    ['a low surrogate at the start', '\uDC4F', false],
    ['pairs reversed', '\uDC4F\uD83D', false],
  ])('%s → %s', (_, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
    expect(isStorableText(storableText(text))).toBe(true);
  });

  it('keeps what can be stored as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(storableText(text)).toBe(text);
      }),
    );
  });

  it('makes any string storable, and only changes it if it had to', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const stored = storableText(text);
        expect(isStorableText(stored)).toBe(true);
        expect(stored === text).toBe(isStorableText(text));
        // What a driver sends as UTF-8 comes back unchanged.
        expect(Buffer.from(stored, 'utf8').toString('utf8')).toBe(stored);
      }),
    );
  });
});

describe('unstorableTextAt', () => {
  it.each([
    [{ title: 'ok', days: 1 }, undefined],
    [{ title: 'a\u0000' }, 'title'],
    [{ ['k\u0000ey']: 1 }, 'k\uFFFDey'],
    [{ items: ['ok', { note: '\uD800' }] }, 'items.1.note'],
    ['\u0000', ''],
    [null, undefined],
    [[1, true, null], undefined],
  ])('%j → %j', (value, path) => {
    expect(unstorableTextAt(value)).toBe(path);
  });

  it('walks a value nested deeper than the call stack', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(unstorableTextAt(deep)?.split('.').length).toBe(200_000);
  });
});

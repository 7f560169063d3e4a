import { describe, expect, it } from 'vitest';
import { languages } from './index';

const files = import.meta.glob<unknown>('../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** locales/<language>/<namespace>.json → { namespace: { language: strings } } */
const byNamespace = new Map<string, Map<string, unknown>>();
for (const [path, strings] of Object.entries(files)) {
  const [language, file] = path.split('/').slice(-2) as [string, string];
  const namespace = file.replace(/\.json$/, '');
  byNamespace.set(
    namespace,
    (byNamespace.get(namespace) ?? new Map<string, unknown>()).set(language, strings),
  );
}

/** Every leaf key of a translation file, dotted ("login.errors.network"). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locale files', () => {
  it('exist for every language and namespace', () => {
    expect(byNamespace.size).toBeGreaterThan(0);
    for (const perLanguage of byNamespace.values()) {
      expect([...perLanguage.keys()].sort()).toEqual([...languages].sort());
    }
  });

  it.each([...byNamespace.keys()])('%s has exactly the same keys in every language', (ns) => {
    const perLanguage = byNamespace.get(ns)!;
    const french = keysOf(perLanguage.get('fr')).sort();
    for (const language of languages) {
      expect(keysOf(perLanguage.get(language)).sort()).toEqual(french);
    }
  });

  it.each([...byNamespace.keys()])('%s has only non-empty strings', (ns) => {
    for (const strings of byNamespace.get(ns)!.values()) {
      const leaves = keysOf(strings).map((key) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings),
      );
      expect(leaves.every((leaf) => typeof leaf === 'string' && leaf.trim() !== '')).toBe(true);
    }
  });
});

import type { ContentItem } from './entity';

/** One French collator for every sort here: localeCompare(…, 'fr') builds one per call. */
export const frenchOrder = new Intl.Collator('fr').compare;

/** Lower case, without accents or punctuation: "Fiche RSA : l'entretien" → "fiche rsa l entretien". */
export const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The sheets that hold every word of the query (in their title, theme, team or text, any
 * order, accents ignored) and, when one is chosen, of that theme; those whose title holds the
 * words first, then by title. Runs on the device over the synced sheets, offline.
 */
export function searchSheets<
  T extends Pick<ContentItem, 'title' | 'theme' | 'body' | 'authorTeam'>,
>(sheets: readonly T[], query: string, theme: string | null): T[] {
  const words = folded(query).split(' ').filter(Boolean);
  const byTitle = (a: T, b: T) => frenchOrder(a.title, b.title);
  // No word: nothing to fold (the screen's first render, every time it opens).
  if (words.length === 0)
    return sheets.filter((sheet) => theme === null || sheet.theme === theme).sort(byTitle);
  const scored = sheets
    .filter((sheet) => theme === null || sheet.theme === theme)
    .map((sheet) => {
      const title = folded(sheet.title);
      const all = `${title} ${folded(sheet.theme)} ${folded(sheet.authorTeam)} ${folded(sheet.body)}`;
      const inAll = words.every((word) => all.includes(word));
      const inTitle = words.every((word) => title.includes(word));
      return { sheet, inAll, inTitle };
    })
    .filter(({ inAll }) => inAll);
  return scored
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || byTitle(a.sheet, b.sheet))
    .map(({ sheet }) => sheet);
}

/** The themes in use, sorted as French sorts them, for the theme filter. */
export const themesOf = (sheets: readonly Pick<ContentItem, 'theme'>[]): string[] =>
  [...new Set(sheets.map(({ theme }) => theme).filter(Boolean))].sort(frenchOrder);

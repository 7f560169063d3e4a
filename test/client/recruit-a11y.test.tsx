import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { findHeading, openAsRecruit, stepId, steps } from './recruit-fixture';

// jsdom has no layout: contrast and target sizes are checked by e2e/a11y.spec.ts in Chromium.
// Here, the structure: names, labels, landmarks, ARIA, lists, headings.
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('the recruit screens have no structural axe violation', () => {
  it.each([
    ['/', 'Bonjour, Inès Benali'],
    ['/formation', 'Formation'],
    ['/tuteur', 'Mon tuteur'],
    ['/groupes', 'Groupes d’analyse des pratiques'],
    [`/etapes/${stepId(steps.review3)}`, 'Bilan à 3 mois et fin de la période d’essai'],
    [`/etapes/${stepId(steps.phone)}`, 'Remise du téléphone professionnel'],
  ])('%s', async (path, heading) => {
    await openAsRecruit(path);
    await findHeading(heading);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await violations()).toEqual([]);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** How far the page scrolls sideways (RGAA 10.11: nothing may at 320 px). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** No WCAG 2.1 A/AA violation axe can find on the page as it stands; `where` names it. */
export async function expectNoAxeViolation(page: Page, where = ''): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${where} ${v.id}: ${v.help}`.trim())).toEqual([]);
}

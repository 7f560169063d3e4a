import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The reports (issue 15), as a person uses them: open one, read its tables, download it. */
export class ReportPages {
  constructor(private readonly page: Page) {}

  /** Opens a report by its address and waits for its title. */
  async open(path: string, title: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible({
      timeout: 20_000,
    });
  }

  /** The training-days report's table of agents, once its rows are shown. */
  async agentsTable(): Promise<Locator> {
    const table = this.page.getByRole('table', { name: /par agent, les agents en retard d’abord/ });
    await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 20_000 });
    return table;
  }

  /** The circonscriptions the agents' table names, each once. */
  async circonscriptionsShown(): Promise<string[]> {
    const table = await this.agentsTable();
    const headers = await table.locator('thead th').allTextContents();
    const column = headers.indexOf('Circonscription');
    const cells = await table.locator(`tbody tr > :nth-child(${column + 1})`).allTextContents();
    return [...new Set(cells)].sort();
  }

  /** Waits until the chart is drawn (its canvas), so that a check sees the finished page. */
  async chartDrawn(): Promise<void> {
    await expect(this.page.locator('.report-chart__plot canvas').first()).toBeAttached({
      timeout: 20_000,
    });
  }

  /** Clicks "Télécharger (CSV)" and answers the file's name and its bytes. */
  async download(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Télécharger (CSV)' }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisors' screens as a person uses them: the dashboard, a recruit's page, path
 *  creation, approvals and delegations. */
export class SupervisorPages {
  constructor(private readonly page: Page) {}

  /** The dashboard's table, once its rows are shown. */
  async dashboard(): Promise<Locator> {
    const table = this.page.getByRole('table', { name: /Recrues et avancement/ });
    await expect(table).toBeVisible({ timeout: 20_000 });
    return table;
  }

  async openRecruit(name: string): Promise<void> {
    await (await this.dashboard()).getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The step of the recruit's page whose text holds `text`. */
  step(text: string | RegExp): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ hasText: text })
      .filter({
        has: this.page.getByText(/échéance le/),
      });
  }

  /** Unfolds a section of the recruit's path ('Plus tard', 'Fait'), folded at first. */
  async unfold(section: 'Plus tard' | 'Fait'): Promise<void> {
    await this.page
      .locator('summary')
      .filter({ hasText: new RegExp(`^${section} \\(`) })
      .click();
  }

  /** Opens a step's form behind its button (built on demand), unless it is open already. */
  async openForm(step: Locator, button: string): Promise<void> {
    const toggle = step.getByRole('button', { name: button });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async moveEquipment(text: string | RegExp, status: string): Promise<void> {
    const step = this.step(text).first();
    await this.openForm(step, 'Changer l’état du matériel');
    await step.getByLabel('Nouvel état du matériel').selectOption({ label: status });
    await step.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(step.getByText(status, { exact: true }).first()).toBeVisible();
  }

  async nav(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name })
      .click();
  }
}

import { expect, type Page } from '@playwright/test';

/** The always-visible sync status. */
export class SyncBar {
  constructor(private readonly page: Page) {}

  /** Asks for a sync now and waits until nothing waits to be sent. */
  async syncAndSettle(): Promise<void> {
    await this.page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
    await expect(this.page.getByText('Tout est enregistré sur le serveur')).toBeVisible({
      timeout: 20_000,
    });
  }

  async expectPending(count: number): Promise<void> {
    const text = count === 1 ? '1 modification en attente' : `${count} modifications en attente`;
    await expect(this.page.getByText(text)).toBeVisible();
  }
}

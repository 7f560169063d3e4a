import { expect, type Page } from '@playwright/test';

/** Any role's home screen: greets the signed-in agent by name. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async expectGreeting(displayName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(displayName);
  }

  /** Logs out and waits for the login screen: the device is wiped by then. */
  async logOut(): Promise<void> {
    await this.openAccountMenu();
    await this.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(this.page.getByLabel('Adresse e-mail')).toBeVisible();
  }

  /** The header's account menu: who is signed in, the language, logging out. */
  async openAccountMenu(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mon compte' }).click();
  }

  /** Waits until a service worker controls the page, reloading once if it was installed
   *  after this page loaded (a worker only controls pages loaded after it activates). */
  async waitForServiceWorkerControl(): Promise<void> {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const controlled = await this.page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) await this.page.reload();
    await expect
      .poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
  }
}

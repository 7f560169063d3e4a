import { expect, type Page } from '@playwright/test';

export const demoPassword = 'Parcours-demo-2026';

/** The login screen, as a person sees it: two labelled fields and a button. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.email).toBeVisible();
  }

  get email() {
    return this.page.getByLabel('Adresse e-mail');
  }

  get password() {
    return this.page.getByLabel('Mot de passe');
  }

  async logIn(email: string, password = demoPassword): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }
}

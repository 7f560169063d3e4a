import { expect, type Page } from '@playwright/test';

/** The id of a synced agent, read from the signed-in device's own IndexedDB copy (there is
 *  no list of agents to click through yet). Waits for the first sync to bring it. */
export async function agentIdOnDevice(page: Page, email: string): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = await page.evaluate(async (wanted) => {
        const names = (await indexedDB.databases())
          .map((db) => db.name ?? '')
          .filter((name) => name.startsWith('parcours-user-'));
        if (names.length === 0) return undefined;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(names[0]!);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        });
        const agents = await new Promise<{ id: string; email: string }[]>((resolve, reject) => {
          const request = db.transaction('agent').objectStore('agent').getAll();
          request.onsuccess = () => resolve(request.result as { id: string; email: string }[]);
          request.onerror = () => reject(new Error(String(request.error)));
        });
        db.close();
        return agents.find((agent) => agent.email === wanted)?.id;
      }, email);
      return id;
    })
    .toBeTruthy();
  return id!;
}

/** A supervisor's activation screen for one agent. */
export class ActivationScreen {
  constructor(private readonly page: Page) {}

  async open(agentId: string, name: string): Promise<void> {
    await this.page.goto(`/equipe/${agentId}/activation`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Activation du compte de ${name}` }),
    ).toBeVisible();
  }

  /** Asks for a code and answers it, as the sheet shows it (`7KQM-X3PD-RW`). */
  async askForCode(name: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Demander un code d’activation' }).click();
    const sheet = this.page.getByRole('article', { name: `Bienvenue, ${name}` });
    await expect(sheet.getByRole('img', { name: /QR code/ })).toBeVisible();
    const code = await sheet.locator('.activation-sheet__code').textContent();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    return code!;
  }
}

/** The recruit's /activer page, opened from her sheet's link. */
export class ActivatePage {
  constructor(private readonly page: Page) {}

  async open(code: string): Promise<void> {
    await this.page.goto(`/activer#code=${code}`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
    ).toBeVisible();
    await expect(this.page.getByLabel('Code d’activation')).toHaveValue(code);
  }

  /** What the code field says is wrong with it. */
  get codeError() {
    return this.page.getByText(/Ce code n’est pas valable|n’a pas le bon format/);
  }

  async choosePassword(password: string): Promise<void> {
    await this.page.getByLabel('Choisissez votre mot de passe').fill(password);
    await this.page.getByRole('button', { name: 'Activer mon compte' }).click();
  }
}

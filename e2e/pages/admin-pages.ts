import { expect, type Page } from '@playwright/test';

/** The HR admin's screens, as she uses them: organisation and accounts (issue 14). */
export class AdminPages {
  constructor(readonly page: Page) {}

  async createTerritory(name: string): Promise<void> {
    await this.page.goto('/organisation');
    const form = this.page.getByRole('region', { name: 'Nouveau territoire' });
    await form.getByLabel('Nom du territoire').fill(name);
    await form.getByRole('button', { name: 'Créer le territoire' }).click();
    await expect(this.page.getByText(`Territoire ${name} créé.`)).toBeVisible();
  }

  async createCirconscription(
    territory: string,
    name: string,
    service: 'SSD' | 'ASE' | 'PMI',
    managers: readonly string[] = [],
  ): Promise<void> {
    await this.page.goto('/organisation');
    const form = this.page.getByRole('region', { name: 'Nouvelle circonscription' });
    await form.getByLabel('Territoire').selectOption({ label: territory });
    await form.getByLabel('Nom de la circonscription').fill(name);
    await form.getByLabel('Service').selectOption({ value: service });
    for (const manager of managers) await form.getByLabel(manager).check();
    await form.getByRole('button', { name: 'Créer la circonscription' }).click();
    await expect(this.page.getByText(`Circonscription ${name} créée.`)).toBeVisible();
  }

  /** Creates an account and answers its id, read from the page it opens on. */
  async createAccount(person: {
    email: string;
    name: string;
    role: string;
    job: string;
    status: string;
    circonscription: string;
    startDate: string;
  }): Promise<string> {
    await this.page.goto('/equipe/nouveau');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Nouvelle personne' }),
    ).toBeVisible();
    await this.page.getByLabel('Adresse électronique').fill(person.email);
    await this.page.getByLabel('Prénom et nom').fill(person.name);
    const roles = this.page.getByRole('group', { name: 'Rôles' });
    if ((await roles.count()) > 0) {
      await roles.getByLabel(person.role, { exact: true }).check();
    }
    await this.page.getByLabel('Emploi').fill(person.job);
    await this.page.getByLabel('Statut').selectOption({ label: person.status });
    await this.page
      .getByLabel('Circonscription', { exact: true })
      .selectOption({ label: person.circonscription });
    await this.page.getByLabel('Date d’arrivée').fill(person.startDate);
    await this.page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(this.page).toHaveURL(/\/equipe\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).pathname.split('/').at(-1)!;
  }
}

import { expect, type Page } from '@playwright/test';

/** The recruit's screens, by what a person reads on them. */
export class RecruitPages {
  constructor(private readonly page: Page) {}

  /** Waits for the first sync to have brought her path (a step link shows). */
  async waitForPath(): Promise<void> {
    await expect(this.stepLinks().first()).toBeVisible({ timeout: 20_000 });
  }

  stepLinks() {
    return this.page.locator('a[href^="/etapes/"]:visible');
  }

  /** Unfolds "Fait" from the keyboard, as someone without a mouse would; waits for its steps. */
  async openDone(): Promise<void> {
    const summary = this.page.locator('summary', { hasText: 'Fait' });
    await summary.focus();
    await this.page.keyboard.press('Enter');
    await expect(
      this.page.getByRole('list', { name: /^Fait/ }).getByRole('link').first(),
    ).toBeVisible();
  }

  async backToPath(): Promise<void> {
    await this.page.getByRole('link', { name: 'Retour à mon parcours' }).click();
    await this.waitForPath();
  }

  /** Opens the visible steps one by one until `accept` takes one; returns its address. */
  async findStep(accept: () => Promise<boolean>, skip: string[] = []): Promise<string> {
    await this.waitForPath(); // the list renders after the screen: read it once it is there
    const hrefs = await this.stepLinks().evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    for (const href of hrefs.filter((h) => !skip.includes(h))) {
      await this.page.locator(`a[href="${href}"]:visible`).first().click();
      // Every loaded step offers its calendar entry: wait for it before judging the step.
      await expect(this.page.getByRole('button', { name: 'Ajouter à mon agenda' })).toBeVisible();
      if (await accept()) return href;
      await this.backToPath();
    }
    throw new Error('no step fits');
  }

  /** Marks a plain step done; returns its address. */
  async markNextStepDone(skip: string[]): Promise<string> {
    const markDone = this.page.getByRole('button', { name: 'Marquer comme fait' });
    const href = await this.findStep(async () => (await markDone.count()) > 0, skip);
    await markDone.click();
    await expect(this.page.getByRole('button', { name: 'Marquer comme à faire' })).toBeVisible();
    await this.backToPath();
    return href;
  }

  /** Asks for a review of the first milestone that can take one; returns its address. */
  async askForReview(note: string): Promise<string> {
    const submit = this.page.getByRole('button', { name: 'Demander la validation' });
    const href = await this.findStep(async () => (await submit.count()) > 0);
    await this.page.getByLabel('Note pour votre responsable (facultatif)').fill(note);
    await submit.click();
    await expect(this.page.getByText('En attente de validation').first()).toBeVisible();
    await this.backToPath();
    return href;
  }

  async recordTraining(title: string, duration = '1 jour'): Promise<void> {
    await this.page.getByRole('link', { name: 'Formation', exact: true }).click();
    await this.page.getByLabel('Intitulé').fill(title);
    await this.page.getByLabel('Durée').selectOption({ label: duration });
    await this.page.getByRole('button', { name: 'Enregistrer la formation' }).click();
    await expect(this.trainingItems(title)).toHaveCount(1);
  }

  /** The recorded trainings listed with this title. */
  trainingItems(title: string) {
    return this.page.getByRole('listitem').filter({ hasText: title });
  }
}

/** The mutations waiting in the device's outbox, read straight from IndexedDB. */
export async function outboxNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('parcours-user-'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(names[0]!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const entries = await new Promise<{ id: number; name: string }[]>((resolve, reject) => {
      const request = db.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () => resolve(request.result as { id: number; name: string }[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return entries.sort((a, b) => a.id - b.id).map((entry) => entry.name);
  });
}

import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { UserDb } from '../../src/db';
import type { Template } from '../../src/domain/entities';
import { assContractTemplate, cesfContractTemplate } from '../../src/domain/templates';
import { agents } from './agents';
import { findHeading, outboxOf } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

const slow = { timeout: 5_000 };
const ass = assContractTemplate;
/** A template the HR admin retired: the list hides it unless asked. */
const retired = {
  ...cesfContractTemplate,
  family: cesfContractTemplate.id,
  revision: 1,
  retired: true,
};

/** A short template, for the editor: three steps (the ASS one has 27, slow to fill in a
 *  simulated DOM). */
const short: Template = {
  id: '9d4e7c10-3b2a-4c1d-8e5f-6a7b8c9d0e01',
  name: 'Secrétaire médico-sociale — essentiel',
  job: 'Secrétaire médico-sociale',
  status: 'contract',
  steps: [
    {
      kind: 'admin',
      title: 'Accueil',
      help: '',
      due: { unit: 'day', amount: 1 },
      needsApproval: false,
    },
    {
      kind: 'equipment',
      title: 'Téléphone',
      help: 'Remis par le secrétariat.',
      due: { unit: 'week', amount: 1 },
      needsApproval: false,
      itemType: 'phone',
    },
    {
      kind: 'milestone',
      title: 'Bilan',
      help: '',
      due: { unit: 'month', amount: 3 },
      needsApproval: true,
    },
  ],
  version: 1,
};

/** The device of the HR admin after a sync: the recruit's rows (the ASS template among
 *  them), a short template and a retired CESF template. */
const seedTemplates = async (db: UserDb) => {
  await db.template.bulkPut([retired, short]);
};
const openAsAdmin = (path: string) => openAsSupervisor(agents.admin, path, seedTemplates);
const rowOf = (table: HTMLElement, name: string | RegExp) =>
  within(table).getByRole('rowheader', { name }).closest('tr')!;

describe('path templates, for the HR admin', () => {
  it('lists the templates in service, and the retired ones when asked', async () => {
    const { user, router } = await openAsAdmin('/modeles');
    const table = await screen.findByRole('table', { name: 'Modèles de parcours' }, slow);
    const row = rowOf(table, ass.name);
    expect(within(row).getByText('Contractuel·le')).toBeTruthy();
    expect(within(row).getByText(String(ass.steps.length))).toBeTruthy();
    expect(within(row).getByText('En service')).toBeTruthy();
    expect(within(table).queryByRole('rowheader', { name: retired.name })).toBeNull();

    await user.click(screen.getByLabelText('Afficher aussi les modèles retirés'));
    expect(within(rowOf(table, retired.name)).getByText('Retiré')).toBeTruthy();
    expect(router.state.location.search).toBe('?retires=1');
  });

  it('previews the due dates for a start date, with the offsets in words', async () => {
    const { user } = await openAsAdmin(`/modeles/${ass.id}`);
    await findHeading(ass.name);
    const start = screen.getByLabelText('Date d’arrivée pour l’aperçu');
    await user.clear(start);
    await user.type(start, '2027-03-01');
    const table = await screen.findByRole('table', { name: /arrivée le 1 mars 2027/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Le jour de l’arrivée')).toBeTruthy();
    expect(within(rows[0]!).getByText('1 mars 2027')).toBeTruthy();
    const month3 = rows.find((row) => within(row).queryByText('3 mois après l’arrivée'))!;
    expect(within(month3).getByText('1 juin 2027')).toBeTruthy();
    // The review at month 3 is a milestone: it needs approval.
    const review = rows.find((row) => within(row).queryByText('Jalon'))!;
    expect(within(review).getByText('Oui')).toBeTruthy();
  });

  it('edits a template and publishes version 2, which the list then shows', async () => {
    const { db, user, router } = await openAsAdmin(`/modeles/${short.id}`);
    await findHeading(short.name);
    await user.click(await screen.findByRole('link', { name: 'Modifier' }));
    await findHeading(`Nouvelle version de « ${short.name} »`);
    expect(screen.getByText(/Publier crée la version 2/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Nom du modèle').value).toBe(short.name);

    // The second step goes first, by keyboard-reachable buttons; the focus stays on it.
    const second = screen.getByRole('group', { name: 'Étape 2' });
    const up = within(second).getByRole('button', { name: 'Monter' });
    await user.click(up);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Descendre'));
    expect(screen.getByText(/déplacée en position 1/)).toBeTruthy();
    const first = screen.getByRole('group', { name: 'Étape 1' });
    expect(within(first).getByLabelText<HTMLInputElement>('Intitulé').value).toBe(
      short.steps[1]!.title,
    );
    await user.click(screen.getByRole('button', { name: 'Ajouter une étape' }));
    const added = screen.getByRole('group', { name: `Étape ${short.steps.length + 1}` });
    await user.type(within(added).getByLabelText('Intitulé'), 'Bilan à 18 mois');
    await user.selectOptions(within(added).getByLabelText('Type d’étape'), 'milestone');
    await user.clear(within(added).getByLabelText('Échéance'));
    await user.type(within(added).getByLabelText('Échéance'), '18');
    await user.selectOptions(within(added).getByLabelText('Unité'), 'month');
    await user.click(screen.getByRole('button', { name: 'Publier' }));

    await waitFor(async () =>
      expect((await outboxOf(db)).map((e) => e.name)).toEqual(['template.publish']),
    );
    const [published] = await outboxOf(db);
    const args = published!.args as { id: string; family: string; steps: object[] };
    expect(args.family).toBe(short.id);
    expect(args.steps[0]).toMatchObject({ position: 1, title: short.steps[1]!.title });
    expect(args.steps.at(-1)).toEqual({
      position: short.steps.length + 1,
      kind: 'milestone',
      title: 'Bilan à 18 mois',
      help: '',
      due: { unit: 'month', amount: 18 },
      needsApproval: true,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/modeles/${args.id}`));
    await findHeading(short.name);
    const current = screen.getByRole('link', { name: 'Version 2' });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect((await db.template.get(args.id))?.revision).toBe(2);

    await router.navigate('/modeles');
    const table = await screen.findByRole('table', { name: 'Modèles de parcours' }, slow);
    const row = rowOf(table, short.name);
    expect(within(row).getByText('2')).toBeTruthy();
    expect(within(row).getByText(String(short.steps.length + 1))).toBeTruthy();
  });

  it('shows a refusal under the field it names, and publishes nothing', async () => {
    const { db, user } = await openAsAdmin(`/modeles/${short.id}/modifier`);
    await findHeading(`Nouvelle version de « ${short.name} »`);
    const third = screen.getByRole('group', { name: 'Étape 3' });
    const title = within(third).getByLabelText('Intitulé');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Publier' }));

    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(within(third).getByText('Saisissez un intitulé de 1 à 160 caractères.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(await outboxOf(db)).toEqual([]);

    // A zero offset is named on its own field.
    await user.type(title, 'Accès aux logiciels');
    const amount = within(third).getByLabelText('Échéance');
    await user.clear(amount);
    await user.type(amount, '0');
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(within(third).getByText('Saisissez un nombre entier de 1 à 60.')).toBeTruthy();
    expect(await outboxOf(db)).toEqual([]);
  });

  it('duplicates a template as a new one named “(copie)”', async () => {
    const { db, user } = await openAsAdmin(`/modeles/${short.id}`);
    await findHeading(short.name);
    await user.click(await screen.findByRole('link', { name: 'Dupliquer' }));
    await findHeading(`Copie de « ${short.name} »`);
    expect(screen.getByLabelText<HTMLInputElement>('Nom du modèle').value).toBe(
      `${short.name} (copie)`,
    );
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    await waitFor(async () => expect(await outboxOf(db)).toHaveLength(1));
    const args = (await outboxOf(db))[0]!.args as { id: string; family: string };
    expect(args.family).toBe(args.id);
    expect((await db.template.get(args.id))?.revision).toBe(1);
  });

  it('retires a template after a confirmation', async () => {
    const { db, user } = await openAsAdmin(`/modeles/${ass.id}`);
    await findHeading(ass.name);
    await user.click(await screen.findByRole('button', { name: 'Retirer' }));
    const question = screen.getByRole('group', { name: /Retirer « .* » \?/ });
    expect(document.activeElement?.id).toBe(question.getAttribute('aria-labelledby'));
    await user.click(within(question).getByRole('button', { name: 'Oui, retirer' }));
    await waitFor(async () =>
      expect(await outboxOf(db)).toEqual([
        { name: 'template.retire', args: { templateId: ass.id } },
      ]),
    );
    expect(await screen.findByText(/Ce modèle est retiré/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirer' })).toBeNull();
  });
});

describe('the template screens have no structural axe violation', () => {
  it.each([
    ['/modeles', 'Modèles de parcours'],
    [`/modeles/${ass.id}`, ass.name],
    [`/modeles/${short.id}/modifier`, `Nouvelle version de « ${short.name} »`],
    ['/modeles/nouveau', 'Nouveau modèle'],
  ] as const)('at %s', async (path, heading) => {
    await openAsAdmin(path);
    await findHeading(heading);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});

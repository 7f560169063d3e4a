import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { UserDb } from '../../src/db';
import { addDaysIso } from '../../src/domain/dates';
import { agents } from './agents';
import { goOffline } from './network';
import { findHeading, ids, outboxOf } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

/** A lazy screen's first render is transformed on demand: slower on a loaded machine. */
// jsdom has no layout: contrast and target sizes are e2e's (Chromium). Here, the structure.
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const slow = { timeout: 5_000 };

/** A second manager, from another circonscription, who can cover Bondy. */
const marc = {
  ...agents.manager,
  id: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a21',
  email: 'marc.petit@demo.parcours.fr',
  displayName: 'Marc Petit',
  roles: ['manager' as const],
  circonscriptionId: null,
};

/** The HR admin's device: everything synced, here the demo's territory, Bondy and its
 *  people, both managers and the territory manager. */
const openOrganisation = (agent = agents.admin) =>
  openAsSupervisor(agent, '/organisation', async (db: UserDb) => {
    await db.agent.bulkPut([agents.manager, agents.territoryManager, marc]);
  });

const region = (name: string) => screen.getByRole('region', { name });

/** What a screen reader reads after a field's label: its error. */
const descriptionOf = (field: HTMLElement) =>
  document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent;

const endMarc = 'Mettre fin à l’intérim de Marc Petit sur Circonscription de Bondy';

/** Fills the intérim form for Marc over Bondy and submits it; returns the "last day" field. */
async function fillInterim(user: UserEvent, form: HTMLElement, from: string, until: string) {
  await user.selectOptions(
    within(form).getByLabelText('Responsable qui assure l’intérim'),
    marc.id,
  );
  await user.selectOptions(
    within(form).getByLabelText('Circonscription couverte'),
    ids.circonscription,
  );
  const fields = [
    within(form).getByLabelText<HTMLInputElement>('Premier jour'),
    within(form).getByLabelText<HTMLInputElement>('Dernier jour'),
  ] as const;
  for (const [field, date] of [
    [fields[0], from],
    [fields[1], until],
  ] as const) {
    await user.clear(field);
    await user.type(field, date);
  }
  await user.click(within(form).getByRole('button', { name: 'Enregistrer l’intérim' }));
  return fields[1];
}

describe('the organisation screen', () => {
  it('lists each territory’s circonscriptions with their managers and agents', async () => {
    await openOrganisation();
    const table = await screen.findByRole(
      'table',
      { name: 'Circonscriptions du territoire Territoire Est' },
      slow,
    );
    const bondy = within(table)
      .getByRole('rowheader', { name: 'Circonscription de Bondy' })
      .closest('tr')!;
    const cells = within(bondy)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // Inès, Julien, Sophie, Karim, Nathalie: every seeded agent sits in Bondy.
    expect(cells.slice(0, 4)).toEqual(['SSD', 'Sophie Lambert', 'Ouverte', '5']);
    expect(screen.getByText('Responsables de territoire : Karim Haddad')).toBeTruthy();
  });

  it('creates a circonscription offline, through circonscription.create', async () => {
    goOffline();
    const { db, user } = await openOrganisation();
    await findHeading('Organisation');
    const form = region('Nouvelle circonscription');
    await user.selectOptions(within(form).getByLabelText('Territoire'), ids.territory);
    await user.type(within(form).getByLabelText('Nom de la circonscription'), 'Noisy-le-Sec');
    await user.selectOptions(within(form).getByLabelText('Service'), 'ASE');
    await user.click(within(form).getByRole('checkbox', { name: 'Marc Petit' }));
    await user.click(within(form).getByRole('button', { name: 'Créer la circonscription' }));

    expect(await within(form).findByText('Circonscription Noisy-le-Sec créée.')).toBeTruthy();
    const [entry, ...rest] = await outboxOf(db);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      name: 'circonscription.create',
      args: {
        territoryId: ids.territory,
        name: 'Noisy-le-Sec',
        service: 'ASE',
        managerIds: [marc.id],
      },
    });
    const table = screen.getByRole('table', { name: /Territoire Est/ });
    const row = within(table).getByRole('rowheader', { name: 'Noisy-le-Sec' }).closest('tr')!;
    expect(within(row).getByText('Marc Petit')).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>('Nom de la circonscription').value).toBe(
      '',
    );
  });

  it('shows a duplicate name on the name field, keeps what was typed, and writes nothing', async () => {
    const { db, user } = await openOrganisation();
    await findHeading('Organisation');
    const form = region('Nouvelle circonscription');
    await user.selectOptions(within(form).getByLabelText('Territoire'), ids.territory);
    const name = within(form).getByLabelText<HTMLInputElement>('Nom de la circonscription');
    await user.type(name, 'Circonscription de Bondy');
    await user.click(within(form).getByRole('button', { name: 'Créer la circonscription' }));

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(name.value).toBe('Circonscription de Bondy');
    expect(descriptionOf(name)).toBe(
      'Ce territoire a déjà une circonscription de ce nom pour ce service : choisissez un autre nom.',
    );
    expect(within(form).getByRole('alert').textContent).toBe('');
    expect(await outboxOf(db)).toEqual([]);
  });

  it('creates a territory with its territory manager', async () => {
    const { db, user } = await openOrganisation();
    await findHeading('Organisation');
    const form = region('Nouveau territoire');
    await user.type(within(form).getByLabelText('Nom du territoire'), 'Territoire Nord');
    await user.click(within(form).getByRole('checkbox', { name: 'Karim Haddad' }));
    await user.click(within(form).getByRole('button', { name: 'Créer le territoire' }));
    expect(await findHeading('Territoire Nord', 3)).toBeTruthy();
    expect((await outboxOf(db))[0]).toMatchObject({
      name: 'territory.create',
      args: { name: 'Territoire Nord', managerIds: [agents.territoryManager.id] },
    });
  });

  it('renames a circonscription, and asks before closing it, which its agents prevent', async () => {
    const { db, user } = await openOrganisation();
    await user.click(
      await screen.findByRole('button', { name: 'Modifier Circonscription de Bondy' }, slow),
    );
    const panel = region('Modifier la circonscription Circonscription de Bondy');
    expect(document.activeElement?.textContent).toBe(
      'Modifier la circonscription Circonscription de Bondy',
    );
    const name = within(panel).getByLabelText('Nom de la circonscription');
    await user.clear(name);
    await user.type(name, 'Bondy');
    await user.click(within(panel).getByRole('button', { name: 'Enregistrer la circonscription' }));
    expect(await within(panel).findByText('Circonscription Bondy enregistrée.')).toBeTruthy();
    expect(await outboxOf(db)).toEqual([
      {
        name: 'circonscription.update',
        args: { circonscriptionId: ids.circonscription, name: 'Bondy' },
      },
    ]);

    await user.click(within(panel).getByRole('button', { name: 'Fermer la circonscription' }));
    const question = within(panel).getByRole('group', {
      name: /^Fermer la circonscription Bondy \?/,
    });
    expect(document.activeElement?.textContent).toMatch(/^Fermer la circonscription Bondy \?/);
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(await outboxOf(db)).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: 'Fermer la circonscription' }));
    await user.click(within(panel).getByRole('button', { name: 'Confirmer la fermeture' }));
    expect(
      await within(panel).findByText(
        'Des agents actifs sont rattachés à cette circonscription : rattachez-les ailleurs ou désactivez leur compte avant de la fermer.',
      ),
    ).toBeTruthy();
    expect(await outboxOf(db)).toHaveLength(1);
  });

  it('records an intérim, refuses one ending before it starts, and ends one early', async () => {
    const { db, user, today } = await openOrganisation();
    await findHeading('Organisation');
    const form = region('Intérims');
    const until = await fillInterim(user, form, addDaysIso(today, -5), addDaysIso(today, -6));
    await waitFor(() => expect(until.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(until)).toBe(
      'Choisissez une date de fin égale ou postérieure au début, au plus un an après.',
    );
    expect(await outboxOf(db)).toEqual([]);

    await user.clear(until);
    await user.type(until, addDaysIso(today, 10));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer l’intérim' }));
    expect(await within(form).findByText('Intérim de Marc Petit enregistré.')).toBeTruthy();
    const table = within(form).getByRole('table', { name: 'Intérims enregistrés' });
    const row = within(table).getByRole('rowheader', { name: 'Marc Petit' }).closest('tr')!;
    expect(within(row).getByText('En cours')).toBeTruthy();
    // Covering today, he shows among Bondy's managers.
    expect(screen.getByText('Sophie Lambert ; intérim : Marc Petit')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: endMarc }));
    expect(await within(form).findByText('Intérim de Marc Petit terminé hier.')).toBeTruthy();
    await waitFor(() => expect(within(row).getByText('Terminé')).toBeTruthy());
    expect(within(row).queryByRole('button')).toBeNull();
    expect((await outboxOf(db)).map((entry) => entry.name)).toEqual([
      'interim.record',
      'interim.end',
    ]);
    expect((await db.interim.toArray())[0]?.until).toBe(addDaysIso(today, -1));
  });

  it('withdraws an intérim that has not begun', async () => {
    const { db, user, today } = await openOrganisation();
    await findHeading('Organisation');
    const form = region('Intérims');
    await fillInterim(user, form, addDaysIso(today, 3), addDaysIso(today, 10));
    const table = await within(form).findByRole('table', { name: 'Intérims enregistrés' });
    expect(within(table).getByText('À venir')).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: endMarc }));
    expect(
      await within(form).findByText(
        'Intérim de Marc Petit retiré : il ne commençait pas avant aujourd’hui.',
      ),
    ).toBeTruthy();
    expect(await within(form).findByText('Aucun intérim enregistré.')).toBeTruthy();
    expect(await db.interim.count()).toBe(0);
  });

  it('is reserved to HR: a manager is told so and offered no form', async () => {
    await openOrganisation(agents.manager);
    expect(
      await screen.findByText('Cet écran est réservé aux ressources humaines.', undefined, slow),
    ).toBeTruthy();
    const main = within(screen.getByRole('main'));
    expect(main.queryByRole('textbox')).toBeNull();
    expect(main.queryByRole('table')).toBeNull();
  });
  it('has no structural axe violation, an edit panel and a question open', async () => {
    const { user } = await openOrganisation();
    await user.click(
      await screen.findByRole('button', { name: 'Modifier Circonscription de Bondy' }, slow),
    );
    await user.click(screen.getByRole('button', { name: 'Fermer la circonscription' }));
    await user.click(screen.getAllByRole('button', { name: 'Modifier le territoire' })[0]!);
    expect(await violations()).toEqual([]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserDb } from '../../src/db';
import type { Agent } from '../../src/domain/organisation';
import { agents } from './agents';
import { findHeading, ids, outboxOf } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

const slow = { timeout: 5_000 };
const far = {
  territory: '3c0b6a52-1f1e-4d0a-8a51-4f0e1d2c3b02',
  circonscription: '7d1f4a4e-0a40-4d38-9a0c-3b7f6f1b2c02',
};
/** A recruit of another territory, on the device for the test's sake. */
const yanis: Agent = {
  ...agents.recruit,
  id: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a10',
  email: 'yanis.bouaziz@demo.parcours.fr',
  displayName: 'Yanis Bouaziz',
  circonscriptionId: far.circonscription,
};

async function seedFar(db: UserDb) {
  await db.territory.put({
    id: far.territory,
    name: 'Territoire Ouest',
    managerIds: [],
    version: 1,
  });
  await db.circonscription.put({
    id: far.circonscription,
    territoryId: far.territory,
    name: 'Circonscription de Montreuil',
    service: 'ASE',
    managerIds: [],
    version: 1,
  });
  await db.agent.put(yanis);
}

// jsdom has no modal dialogs: the browser's own behaviour, as far as these tests need it.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

/** The sentences read with a field: its error. */
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('the team, for the HR admin', () => {
  it('lists everyone, creates a person, refuses a taken email on its field, edits, disables', async () => {
    const { db, user, router } = await openAsSupervisor(agents.admin, '/equipe', seedFar);
    await findHeading('Équipe');
    expect(names()).toEqual(['Inès Benali', 'Julien Moreau', 'Nathalie Roux', 'Yanis Bouaziz']);
    const ines = within(rowOf('Inès Benali'));
    for (const text of ['recrue@demo.parcours.fr', 'Recrue', 'Titulaire', 'Non activé'])
      expect(ines.getByText(text)).toBeTruthy();
    expect(ines.getByText('Circonscription de Bondy')).toBeTruthy();

    // Filters live in the URL.
    await user.selectOptions(screen.getByLabelText('Rôle'), 'mentor');
    expect(names()).toEqual(['Julien Moreau']);
    expect(router.state.location.search).toBe('?role=mentor');
    await user.selectOptions(screen.getByLabelText('Rôle'), 'all');
    await user.type(screen.getByLabelText('Nom ou adresse électronique'), 'yanis');
    expect(names()).toEqual(['Yanis Bouaziz']);
    expect(router.state.location.search).toBe('?q=yanis');

    await user.click(screen.getByRole('link', { name: 'Nouvelle personne' }));
    await findHeading('Nouvelle personne');
    const email = screen.getByLabelText('Adresse électronique');
    await user.type(email, 'RECRUE@Demo.Parcours.fr');
    await user.type(screen.getByLabelText('Prénom et nom'), 'Maëlys Caron');
    await user.click(screen.getByRole('checkbox', { name: 'Tuteur ou tutrice' }));
    await user.type(screen.getByLabelText('Emploi'), 'Assistante de service social');
    await user.selectOptions(screen.getByLabelText('Statut'), 'apprentice');
    await user.selectOptions(screen.getByLabelText('Circonscription'), ids.circonscription);
    await user.type(screen.getByLabelText('Date d’arrivée'), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));

    await waitFor(() => expect(describedBy(email)).toMatch(/déjà celle d’un autre compte/));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // Focus moves in an effect after the error shows: on a busy machine, a moment later.
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(await outboxOf(db)).toEqual([]);

    await user.clear(email);
    await user.type(email, 'Maelys.Caron@demo.parcours.fr');
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));
    await findHeading('Maëlys Caron');
    const [created] = await outboxOf(db);
    const id = (created!.args as { id: string }).id;
    expect(created).toEqual({
      name: 'agent.create',
      args: {
        id,
        email: 'Maelys.Caron@demo.parcours.fr',
        displayName: 'Maëlys Caron',
        roles: ['recruit', 'mentor'],
        job: 'Assistante de service social',
        status: 'apprentice',
        circonscriptionId: ids.circonscription,
        startDate: '2026-09-01',
        endDate: null,
        phone: null,
      },
    });
    expect(router.state.location.pathname).toBe(`/equipe/${id}`);
    expect(screen.getByText(/Compte de Maëlys Caron créé/)).toBeTruthy();
    expect(screen.getByText('État du compte : Non activé')).toBeTruthy();
    expect(screen.getByText(/en attente d’envoi/)).toBeTruthy();
    // HR asks for anyone's code; she has no path yet.
    expect(screen.getByRole('link', { name: 'Code d’activation' }).getAttribute('href')).toBe(
      `/equipe/${id}/activation`,
    );
    expect(screen.queryByRole('link', { name: 'Voir son parcours' })).toBeNull();

    // An end before the start is refused on the end date, nothing queued.
    const end = screen.getByLabelText('Date de fin de contrat (facultative)');
    await user.type(end, '2026-08-31');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(describedBy(end)).toMatch(/après la date d’arrivée/));
    expect(await outboxOf(db)).toHaveLength(1);
    await user.clear(end);
    await user.type(end, '2027-08-31');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Modifications enregistrées pour Maëlys Caron.');
    expect((await outboxOf(db))[1]).toMatchObject({
      name: 'agent.update',
      args: { agentId: id, endDate: '2027-08-31', email: 'maelys.caron@demo.parcours.fr' },
    });

    // Disabling asks first, in a dialog; cancelling changes nothing.
    await user.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    const dialog = screen.getByRole('dialog', { name: 'Désactiver le compte de Maëlys Caron ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await outboxOf(db)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
    await user.click(screen.getByRole('button', { name: 'Oui, désactiver le compte' }));
    await screen.findByText('Compte de Maëlys Caron désactivé.');
    expect((await outboxOf(db))[2]).toEqual({ name: 'agent.disable', args: { agentId: id } });
    expect(screen.getByText('État du compte : Désactivé')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Désactiver le compte' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Code d’activation' })).toBeNull();

    // Back on the list, at once: the new person, disabled, waiting to be sent.
    await user.click(screen.getByRole('link', { name: 'Toute l’équipe' }));
    await findHeading('Équipe');
    const row = within(rowOf('Maëlys Caron'));
    expect(row.getByText('Désactivé')).toBeTruthy();
    expect(row.getByText(/en attente d’envoi/)).toBeTruthy();
    expect(row.getByText('Recrue, Tuteur ou tutrice')).toBeTruthy();
  }, 30_000);
});

describe('the team, for a manager', () => {
  it('shows only her circonscription’s recruits, and creates recruits only', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, '/equipe', seedFar);
    await findHeading('Équipe');
    // Not Julien (a mentor), not herself, not Yanis (another territory).
    expect(names()).toEqual(['Inès Benali']);
    expect(screen.queryByRole('option', { name: 'Administration RH' })).toBeNull();
    // Her recruit on a path: its page links to it.
    await user.click(screen.getByRole('link', { name: 'Inès Benali' }));
    await findHeading('Inès Benali');
    const path = await screen.findByRole('link', { name: 'Voir son parcours' });
    expect(path.getAttribute('href')).toBe(`/recrues/${agents.recruit.id}`);
    expect(screen.getByRole('link', { name: 'Code d’activation' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Toute l’équipe' }));
    await user.click(await screen.findByRole('link', { name: 'Nouvelle personne' }, slow));
    await findHeading('Nouvelle personne');
    const roles = screen.getByRole('group', { name: 'Rôles' });
    expect(within(roles).queryAllByRole('checkbox')).toEqual([]);
    expect(within(roles).getByText(/seul le service RH attribue d’autres rôles/)).toBeTruthy();
    const where = screen.getByLabelText<HTMLSelectElement>('Circonscription');
    expect(where.value).toBe(ids.circonscription);
    expect(
      within(where)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choisissez une circonscription', 'Circonscription de Bondy (SSD)']);

    await user.type(screen.getByLabelText('Adresse électronique'), 'lea.fontaine@demo.parcours.fr');
    await user.type(screen.getByLabelText('Prénom et nom'), 'Léa Fontaine');
    await user.type(screen.getByLabelText('Emploi'), 'Éducatrice spécialisée');
    await user.selectOptions(screen.getByLabelText('Statut'), 'contract');
    await user.type(screen.getByLabelText('Date d’arrivée'), '2026-10-05');
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));
    await findHeading('Léa Fontaine');
    expect(await outboxOf(db)).toMatchObject([
      {
        name: 'agent.create',
        args: { roles: ['recruit'], circonscriptionId: ids.circonscription },
      },
    ]);
    await user.click(screen.getByRole('link', { name: 'Toute l’équipe' }));
    await findHeading('Équipe');
    expect(names()).toEqual(['Inès Benali', 'Léa Fontaine']);
  });

  it('offers the jobs of the path templates while typing one', async () => {
    await openAsSupervisor(agents.manager, '/equipe/nouveau');
    await findHeading('Nouvelle personne');
    const job = screen.getByLabelText('Emploi');
    const list = document.getElementById(job.getAttribute('list') ?? '');
    const jobs = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs).toEqual([...new Set(jobs)]);
  });
});

// jsdom has no layout: contrast and target sizes are for e2e in Chromium. Here, names,
// labels, landmarks, ARIA, lists, headings; a refused field and the open dialog included.
describe('the team screens have no structural axe violation', () => {
  async function violations(): Promise<string[]> {
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  }

  it.each([
    ['admin', '/equipe', 'Équipe'],
    ['manager', '/equipe', 'Équipe'],
    ['admin', '/equipe/nouveau', 'Nouvelle personne'],
    ['manager', '/equipe/nouveau', 'Nouvelle personne'],
    ['manager', `/equipe/${agents.recruit.id}`, 'Inès Benali'],
  ] as const)('%s at %s', async (who, path, heading) => {
    const { user } = await openAsSupervisor(agents[who], path, seedFar);
    await findHeading(heading);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await violations()).toEqual([]);
    if (path === '/equipe/nouveau') {
      await user.click(screen.getByRole('button', { name: 'Créer le compte' }));
      await screen.findByText(/Rien n’a été enregistré/);
      expect(await violations()).toEqual([]);
    }
    if (path.startsWith('/equipe/0b5')) {
      await user.click(screen.getByRole('button', { name: 'Désactiver le compte' }));
      screen.getByRole('dialog');
      expect(await violations()).toEqual([]);
    }
  });
});

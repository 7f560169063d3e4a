import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { UserDb } from '../../src/db';
import { addDaysIso } from '../../src/domain/dates';
import type { Agent } from '../../src/domain/organisation';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { findHeading, ids, outboxOf, seedRecruit } from './recruit-fixture';
import { renderApp } from './render-app';
import { openAsSupervisor } from './supervisor-fixture';

const slow = { timeout: 5_000 };
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
const nora: Agent = {
  ...agents.recruit,
  id: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a09',
  email: 'nora.belkacem@demo.parcours.fr',
  displayName: 'Nora Belkacem',
};
const group = {
  id: '6a1d8e2f-9b3c-4d5e-8f60-7a8b9c0d1e10',
  past: '6a1d8e2f-9b3c-4d5e-8f60-7a8b9c0d1e11',
  next: '6a1d8e2f-9b3c-4d5e-8f60-7a8b9c0d1e12',
};

/** Julien Moreau leads a group of Inès and Nora: a session a week ago, one in a week. */
async function seedGroup(db: UserDb, memberIds = [agents.recruit.id, nora.id]) {
  const today = new Date().toISOString().slice(0, 10);
  await db.agent.put(nora);
  await db.practiceGroup.put({
    id: group.id,
    name: 'GAP Premiers entretiens',
    facilitator: 'Julien Moreau',
    facilitatorId: agents.mentor.id,
    territoryId: ids.territory,
    circonscriptionIds: [ids.circonscription],
    service: null,
    memberIds,
    closed: false,
    version: 1,
  });
  const session = (id: string, days: number) => ({
    id,
    groupId: group.id,
    date: addDaysIso(today, days),
    startTime: '14:00',
    durationMinutes: 120,
    place: 'Maison des solidarités de Bondy',
    version: 1,
  });
  await db.groupSession.bulkPut([session(group.past, -7), session(group.next, 7)]);
}

describe('practice-analysis groups, for the HR admin', () => {
  it('creates a group with an agent facilitating and members found by name', async () => {
    const { db, user, router } = await openAsSupervisor(
      agents.admin,
      '/analyse-de-pratiques/nouveau',
      async (db) => void (await db.agent.put(nora)),
    );
    await findHeading('Nouveau groupe');
    await user.type(screen.getByLabelText('Nom du groupe'), 'GAP Accueil');
    await user.selectOptions(screen.getByLabelText('Animateur ou animatrice'), agents.mentor.id);
    await user.selectOptions(screen.getByLabelText('Territoire'), ids.territory);
    await user.click(screen.getByRole('checkbox', { name: /Circonscription de Bondy/ }));
    const members = screen.getByRole('group', { name: /Membres/ });
    await user.type(within(members).getByLabelText('Filtrer par nom'), 'ines');
    expect(within(members).queryByRole('checkbox', { name: 'Nora Belkacem' })).toBeNull();
    // Her facilitator is not offered as a member.
    expect(within(members).queryByRole('checkbox', { name: 'Julien Moreau' })).toBeNull();
    await user.click(within(members).getByRole('checkbox', { name: 'Inès Benali' }));
    await user.click(screen.getByRole('button', { name: 'Créer le groupe' }));

    await waitFor(async () =>
      expect((await outboxOf(db)).map((e) => e.name)).toEqual(['group.create']),
    );
    const [created] = await outboxOf(db);
    const id = (created!.args as { id: string }).id;
    expect(created!.args).toEqual({
      id,
      name: 'GAP Accueil',
      facilitatorId: agents.mentor.id,
      territoryId: ids.territory,
      circonscriptionIds: [ids.circonscription],
      service: null,
      memberIds: [agents.recruit.id],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/analyse-de-pratiques/${id}`));
    expect((await db.practiceGroup.get(id))?.facilitator).toBe('Julien Moreau');
  });

  it('names the field an outside facilitator needs', async () => {
    const { db, user } = await openAsSupervisor(agents.admin, '/analyse-de-pratiques/nouveau');
    await findHeading('Nouveau groupe');
    await user.type(screen.getByLabelText('Nom du groupe'), 'GAP Accueil');
    await user.click(screen.getByRole('radio', { name: 'Une personne extérieure' }));
    await user.selectOptions(screen.getByLabelText('Territoire'), ids.territory);
    await user.click(screen.getByRole('button', { name: 'Créer le groupe' }));
    const field = await screen.findByLabelText('Nom et qualité de la personne extérieure');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/Nommez la personne extérieure/)).toBeTruthy();
    expect(await outboxOf(db)).toEqual([]);
  });

  it('lists the groups with their next session, and schedules one', async () => {
    const { db, user } = await openAsSupervisor(agents.admin, '/analyse-de-pratiques', seedGroup);
    const table = await screen.findByRole('table', { name: /Groupes d’analyse/ }, slow);
    const row = within(table)
      .getByRole('rowheader', { name: 'GAP Premiers entretiens' })
      .closest('tr')!;
    expect(within(row).getByText('Julien Moreau')).toBeTruthy();
    expect(within(row).getByText('Circonscription de Bondy')).toBeTruthy();
    expect(within(row).getByText('2')).toBeTruthy();
    await user.click(within(row).getByRole('link', { name: 'GAP Premiers entretiens' }));

    await findHeading('GAP Premiers entretiens');
    const inAWeek = addDaysIso(new Date().toISOString().slice(0, 10), 14);
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, inAWeek);
    await user.type(screen.getByLabelText('Lieu'), 'Salle 2');
    await user.click(screen.getByRole('button', { name: 'Programmer la séance' }));
    await waitFor(async () =>
      expect((await outboxOf(db)).at(-1)).toEqual({
        name: 'session.schedule',
        args: expect.objectContaining({
          groupId: group.id,
          date: inAWeek,
          startTime: '14:00',
          durationMinutes: 120,
          place: 'Salle 2',
        }) as unknown,
      }),
    );
  });
});

describe('practice-analysis groups, for their facilitator', () => {
  it('records who came to a past session; a session to come offers no attendance', async () => {
    const { db, user } = await openAsSupervisor(
      agents.mentor,
      `/analyse-de-pratiques/${group.id}`,
      seedGroup,
    );
    await findHeading('GAP Premiers entretiens');
    // Hers to read, not to edit: the HR admin's.
    expect(screen.queryByRole('button', { name: 'Enregistrer le groupe' })).toBeNull();
    const [coming] = within(
      screen.getByRole('heading', { name: 'À venir' }).nextElementSibling as HTMLElement,
    ).getAllByRole('listitem');
    expect(within(coming!).queryByRole('checkbox')).toBeNull();
    expect(within(coming!).queryByRole('button', { name: 'Enregistrer les présences' })).toBeNull();
    expect(
      within(coming!).getByText(/La présence se note le jour de la séance ou après/),
    ).toBeTruthy();

    const sheet = await screen.findByRole('group', { name: /Présences du/ });
    expect(within(sheet).getByText(/Présences pas encore notées/)).toBeTruthy();
    await user.click(within(sheet).getByRole('checkbox', { name: 'Inès Benali' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    expect(await screen.findByText(/Présences du .* enregistrées/)).toBeTruthy();
    expect(await outboxOf(db)).toEqual([
      {
        name: 'group.setAttendance',
        args: { sessionId: group.past, agentId: agents.recruit.id, present: true },
      },
      {
        name: 'group.setAttendance',
        args: { sessionId: group.past, agentId: nora.id, present: false },
      },
    ]);
    expect(await within(sheet).findByText(/1 présente\(s\) sur 2/)).toBeTruthy();
    // Nothing about what was said: no text field on the sheet.
    expect(within(sheet).queryByRole('textbox')).toBeNull();
  });

  it.each([
    ['leads one', seedGroup, 1],
    ['leads none', undefined, 0],
  ] as const)('puts the groups in the navigation of a mentor who %s', async (_, seed, links) => {
    await openAsSupervisor(agents.mentor, '/', seed);
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' }, slow);
    await within(nav).findByRole('link', { name: 'Mes recrues' }, slow);
    await waitFor(() =>
      expect(within(nav).queryAllByRole('link', { name: 'Analyse de pratiques' })).toHaveLength(
        links,
      ),
    );
  });

  it('lists only the groups she leads', async () => {
    await openAsSupervisor(agents.mentor, '/analyse-de-pratiques', seedGroup);
    const table = await screen.findByRole('table', { name: /Groupes d’analyse/ }, slow);
    expect(within(table).getByText('GAP Premiers entretiens')).toBeTruthy();
    // The fixture's other group is led from outside: not hers.
    expect(within(table).queryByText('GAP Bondy – Noisy')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Créer un groupe' })).toBeNull();
  });
});

describe('the recruit’s "Groupes"', () => {
  async function openGroups(memberIds: string[]) {
    const { db } = await seedRecruit();
    await seedGroup(db, memberIds);
    stubNetwork({ 'GET /api/auth/me': () => json(200, agents.recruit) });
    return renderApp('/groupes');
  }

  it('lists the sessions of her groups, and adds one to her calendar', async () => {
    const files: Blob[] = [];
    const original = Object.getOwnPropertyDescriptors(URL);
    onTestFinished(() => {
      Object.defineProperties(URL, {
        createObjectURL: original.createObjectURL ?? { value: undefined, configurable: true },
        revokeObjectURL: original.revokeObjectURL ?? { value: undefined, configurable: true },
      });
    });
    Object.defineProperties(URL, {
      createObjectURL: { value: (blob: Blob) => (files.push(blob), 'blob:x'), configurable: true },
      revokeObjectURL: { value: () => undefined, configurable: true },
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await openGroups([agents.recruit.id]);
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: 'GAP Premiers entretiens' },
      slow,
    );
    const item = heading.closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Ajouter à mon agenda' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const ics = await readText(files[0]!);
    const day = addDaysIso(new Date().toISOString().slice(0, 10), 7).replaceAll('-', '');
    expect(ics).toContain(`DTSTART:${day}T140000`);
    expect(ics).toContain('LOCATION:Maison des solidarités de Bondy');
  });

  it('leaves out a group she does not belong to', async () => {
    await openGroups([nora.id]);
    await findHeading('Groupes d’analyse des pratiques');
    // The fixture's group, stored before groups had members, is still shown.
    await screen.findByRole('heading', { level: 2, name: 'GAP Bondy – Noisy' }, slow);
    expect(screen.queryByRole('heading', { name: 'GAP Premiers entretiens' })).toBeNull();
  });
});

// jsdom has no layout: contrast and target sizes are for e2e in Chromium. Here, names,
// labels, landmarks, ARIA, lists, headings.
describe('the groups screens have no structural axe violation', () => {
  it.each([
    ['admin', '/analyse-de-pratiques', 'Analyse de pratiques'],
    ['admin', '/analyse-de-pratiques/nouveau', 'Nouveau groupe'],
    ['admin', `/analyse-de-pratiques/${group.id}`, 'GAP Premiers entretiens'],
    ['mentor', `/analyse-de-pratiques/${group.id}`, 'GAP Premiers entretiens'],
  ] as const)('%s at %s', async (who, path, heading) => {
    await openAsSupervisor(agents[who], path, seedGroup);
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

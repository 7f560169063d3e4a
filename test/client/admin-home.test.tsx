import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { UserDb } from '../../src/db';
import { addDaysIso, todayIso } from '../../src/domain/dates';
import { agents } from './agents';
import { goOffline } from './network';
import { findHeading, ids } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

// jsdom has no layout: contrast and target sizes are e2e's (Chromium). Here, the structure.
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const slow = { timeout: 5_000 };
const uuid = (n: number) => `0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1b${String(n).padStart(2, '0')}`;

const recruit = (n: number, displayName: string, inDays: number, activated?: boolean) => ({
  ...agents.recruit,
  id: uuid(n),
  email: `recrue${n}@demo.parcours.fr`,
  displayName,
  startDate: addDaysIso(todayIso(new Date()), inDays),
  ...(activated === undefined ? {} : { activated }),
});

/** Nora arrives in 10 days, with neither path nor password; Lucas in 5 days, activated but
 *  without a path; Zoé in 40 days and Inès three weeks ago are not arriving. */
const people = {
  nora: recruit(1, 'Nora Belkacem', 10, false),
  lucas: recruit(2, 'Lucas Martin', 5, true),
  zoe: recruit(3, 'Zoé Lefèvre', 40, false),
};

const unit = (n: number, name: string) => ({
  id: uuid(20 + n),
  territoryId: ids.territory,
  name,
  service: 'SSD' as const,
  managerIds: [],
  version: 1,
});
const noisy = unit(1, 'Circonscription de Noisy');

/** The HR admin's device after a sync: the demo's rows, and what needs doing. */
async function seedTodo(db: UserDb) {
  const today = todayIso(new Date());
  await db.agent.bulkPut(Object.values(people));
  // Noisy has nobody; Pantin is covered today; Rosny is closed.
  await db.circonscription.bulkPut([
    noisy,
    unit(2, 'Circonscription de Pantin'),
    { ...unit(3, 'Circonscription de Rosny'), closed: true },
  ]);
  await db.interim.put({
    id: uuid(30),
    managerId: agents.manager.id,
    circonscriptionId: unit(2, '').id,
    from: addDaysIso(today, -3),
    until: addDaysIso(today, 3),
    version: 1,
  });
  // The demo's group has a session in 9 days; Montreuil's only one is past; Aulnay is closed.
  const group = (n: number, name: string, closed?: boolean) => ({
    id: uuid(40 + n),
    name,
    facilitator: 'Claire Dubois',
    territoryId: ids.territory,
    ...(closed === undefined ? {} : { closed }),
    version: 1,
  });
  await db.practiceGroup.bulkPut([group(1, 'GAP Montreuil'), group(2, 'GAP Aulnay', true)]);
  await db.groupSession.put({
    id: uuid(50),
    groupId: uuid(41),
    date: addDaysIso(today, -2),
    startTime: '14:00',
    durationMinutes: 120,
    place: 'Montreuil',
    version: 1,
  });
}

const list = (title: string) => screen.getByRole('region', { name: title });
const linksIn = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe("the HR admin's home", () => {
  it('counts what needs doing, offline, from the synced rows', async () => {
    goOffline();
    await openAsSupervisor(agents.admin, '/', seedTodo);
    await findHeading('Bonjour, Nathalie Roux');
    const counts = await screen.findByRole('region', { name: 'En bref' }, slow);
    const figure = (label: string) =>
      within(counts).getByText(label).closest('li')!.querySelector('strong')?.textContent;
    expect(figure('Recrues arrivant sous 30 jours')).toBe('2');
    expect(figure('Sans parcours')).toBe('2');
    expect(figure('Compte non activé')).toBe('1');
    expect(figure('Groupes sans prochaine séance')).toBe('1');
    expect(figure('Circonscriptions sans responsable')).toBe('1');
  });

  it('lists each thing to do as a link to where it is done', async () => {
    await openAsSupervisor(agents.admin, '/', seedTodo);
    await screen.findByRole('region', { name: 'En bref' }, slow);
    expect(linksIn(list('Recrues sans parcours'))).toEqual([
      ['Lucas Martin', `/recrues/${people.lucas.id}`],
      ['Nora Belkacem', `/recrues/${people.nora.id}`],
    ]);
    const [lucas] = within(list('Recrues sans parcours')).getAllByRole('listitem');
    expect(lucas?.textContent).toMatch(
      /^Lucas Martin – Circonscription de Bondy, arrive le \d{1,2} \S+ \d{4}$/,
    );
    expect(linksIn(list('Comptes à activer'))).toEqual([
      ['Nora Belkacem', `/equipe/${people.nora.id}`],
    ]);
    expect(linksIn(list('Groupes d’analyse de pratiques sans prochaine séance'))).toEqual([
      ['GAP Montreuil', `/analyse-de-pratiques/${uuid(41)}`],
    ]);
    expect(linksIn(list('Circonscriptions sans responsable'))).toEqual([
      ['Circonscription de Noisy', '/organisation'],
    ]);
  });

  it('says when there is nothing to do, and offers every entry point', async () => {
    await openAsSupervisor(agents.admin, '/');
    const lists = await screen.findByRole('region', { name: 'À faire' }, slow);
    expect(within(lists).getAllByText('Rien à signaler.')).toHaveLength(4);
    expect(linksIn(list('Accès rapides'))).toEqual([
      ['Équipe', '/equipe'],
      ['Import CSV', '/equipe/import'],
      ['Organisation', '/organisation'],
      ['Modèles de parcours', '/modeles'],
      ['Analyse de pratiques', '/analyse-de-pratiques'],
    ]);
  });

  it('opens the organisation from a circonscription without a manager', async () => {
    const { user, router } = await openAsSupervisor(agents.admin, '/', seedTodo);
    await screen.findByRole('region', { name: 'En bref' }, slow);
    await user.click(
      within(list('Circonscriptions sans responsable')).getByRole('link', {
        name: noisy.name,
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/organisation'));
    expect(await findHeading('Organisation')).toBeTruthy();
  });
  it('has no structural axe violation', async () => {
    await openAsSupervisor(agents.admin, '/', seedTodo);
    await screen.findByRole('region', { name: 'En bref' }, slow);
    expect(await violations()).toEqual([]);
  });
});

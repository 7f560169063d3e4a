import { addDaysIso } from '../../domain/dates';
import type { Service } from '../../domain/organisation';
import { at, personOf, type SeedRandom } from './large-random';
import type { SeedState } from './large-state';

/** The Seine-Saint-Denis territories (établissements publics territoriaux) and their towns,
 *  the demo's two first: the demo's circonscriptions are among these towns. */
const places: readonly (readonly [string, readonly string[]])[] = [
  [
    'Plaine Commune',
    'Saint-Denis|Aubervilliers|Saint-Ouen|La Courneuve|Épinay-sur-Seine|Pierrefitte-sur-Seine|Stains|Villetaneuse'.split(
      '|',
    ),
  ],
  [
    'Est Ensemble',
    'Montreuil|Bobigny|Pantin|Bondy|Noisy-le-Sec|Romainville|Bagnolet|Les Lilas'.split('|'),
  ],
  [
    'Paris Terres d’Envol',
    'Aulnay-sous-Bois|Sevran|Tremblay-en-France|Villepinte|Le Blanc-Mesnil|Drancy|Le Bourget|Dugny'.split(
      '|',
    ),
  ],
  [
    'Grand Paris Grand Est',
    'Noisy-le-Grand|Montfermeil|Clichy-sous-Bois|Livry-Gargan|Rosny-sous-Bois|Villemomble|Gagny|Neuilly-sur-Marne'.split(
      '|',
    ),
  ],
];
const services: readonly Service[] = ['SSD', 'ASE', 'PMI'];

export interface SeedContext {
  state: SeedState;
  random: SeedRandom;
  today: string;
  adminId: string;
  /** People created so far: numbers their addresses. */
  people: { n: number };
}

export interface Place {
  id: string;
  territoryId: string;
  service: Service;
  managerId: string;
}

/** Creates an agent by the HR admin's agent.create; returns her id. */
export async function createAgent(
  ctx: SeedContext,
  fields: {
    roles: string[];
    job: string;
    status: string;
    circonscriptionId: string | null;
    startDate: string;
    endDate?: string | null;
  },
): Promise<string> {
  const id = ctx.random.uuid();
  const person = personOf(ctx.random, ++ctx.people.n);
  // Recorded by HR a few weeks before she arrives (or the day the seed's history begins).
  const on = [addDaysIso(fields.startDate, -21), addDaysIso(ctx.today, -1100)].sort()[1]!;
  const when = on > ctx.today ? ctx.today : on;
  await ctx.state.run(
    'agent.create',
    { id, ...person, ...fields },
    adminOf(ctx, when),
    at(when, 9),
  );
  return id;
}

export const adminOf = (ctx: SeedContext, date: string) => ctx.state.actor(ctx.adminId, date);

/**
 * Territories and circonscriptions up to `count` circonscriptions, the demo's included: each
 * new one goes to the territory that has fewest, in the next town, with the services in
 * turn; a territory manager for every territory without one, and a manager for every new
 * circonscription (written before the circonscription names her: `managers` is the second
 * half, once the agents are written). Every write is the HR admin's command.
 */
export async function organisation(
  ctx: SeedContext,
  count: number,
  tx: { flush(): Promise<void> },
) {
  const { state } = ctx;
  const since = addDaysIso(ctx.today, -1100);
  const admin = adminOf(ctx, since);
  const wanted = Math.max(places.length, Math.ceil(count / 7));
  const names = Array.from({ length: wanted }, (_, i) => places[i]?.[0] ?? `Territoire ${i + 1}`);
  const existing = new Map(state.all('territory').map((t) => [t.name, t]));
  // Territory managers first: a territory names her when it is made.
  const leaders = new Map<string, string>();
  for (const name of names) {
    if (existing.get(name)?.managerIds.length) continue;
    const job = 'Responsable de territoire';
    const startDate = addDaysIso(ctx.today, -ctx.random.int(1500, 6000));
    leaders.set(
      name,
      await createAgent(ctx, {
        roles: ['territoryManager'],
        job,
        status: 'civilServant',
        circonscriptionId: null,
        startDate,
      }),
    );
  }
  await tx.flush();
  const territoryIds: string[] = [];
  for (const name of names) {
    const found = existing.get(name);
    const managerIds = leaders.has(name) ? [leaders.get(name)!] : (found?.managerIds ?? []);
    if (found) {
      if (leaders.has(name))
        await state.run(
          'territory.update',
          { territoryId: found.id, managerIds },
          admin,
          at(since, 10),
        );
      territoryIds.push(found.id);
      continue;
    }
    const id = ctx.random.uuid();
    await state.run('territory.create', { id, name, managerIds }, admin, at(since, 10));
    territoryIds.push(id);
  }
  const made: { id: string; territoryId: string; service: Service }[] = [];
  for (let k = state.all('circonscription').length; k < count; k++) {
    const sizes = territoryIds.map(
      (id) => state.all('circonscription').filter((c) => c.territoryId === id).length,
    );
    const t = sizes.indexOf(Math.min(...sizes));
    const taken = new Set(state.all('circonscription').map((c) => c.name));
    const towns = places[t]?.[1] ?? [];
    const name = towns.find((town) => !taken.has(town)) ?? `Secteur ${k + 1}`;
    const id = ctx.random.uuid();
    const service = services[k % services.length]!;
    const args = { id, territoryId: territoryIds[t]!, name, service, managerIds: [] };
    await state.run('circonscription.create', args, admin, at(since, 11));
    made.push({ id, territoryId: territoryIds[t]!, service });
  }
  await tx.flush();
  const managers: { id: string; circonscriptionId: string }[] = [];
  for (const c of made) {
    const startDate = addDaysIso(ctx.today, -ctx.random.int(1200, 5000));
    const job = 'Responsable de circonscription';
    const id = await createAgent(ctx, {
      roles: ['manager'],
      job,
      status: 'civilServant',
      circonscriptionId: c.id,
      startDate,
    });
    managers.push({ id, circonscriptionId: c.id });
  }
  return { territoryIds, managers };
}

/** Names each new circonscription's manager, once her agent row is written. */
export async function nameManagers(
  ctx: SeedContext,
  managers: readonly { id: string; circonscriptionId: string }[],
): Promise<void> {
  const since = addDaysIso(ctx.today, -1000);
  for (const { id, circonscriptionId } of managers) {
    const args = { circonscriptionId, managerIds: [id] };
    await ctx.state.run('circonscription.update', args, adminOf(ctx, since), at(since, 9));
  }
}

/** The circonscriptions by name, each with its manager: its first, or the one `managers`
 *  is about to name (recruits and colleagues only need where they work). */
export function placesOf(
  ctx: SeedContext,
  managers: readonly { id: string; circonscriptionId: string }[] = [],
): Place[] {
  const named = new Map(managers.map((m) => [m.circonscriptionId, m.id]));
  return ctx.state
    .all('circonscription')
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((c) => {
      const managerId = c.managerIds[0] ?? named.get(c.id);
      if (!managerId) throw new Error(`circonscription ${c.name} has no manager`);
      return { id: c.id, territoryId: c.territoryId, service: c.service, managerId };
    });
}

// A small organisation in memory, for the domain's table tests: two territories, three
// circonscriptions, and one agent of each role. Not shipped: only tests import it.
import type { Agent } from '../organisation';
import type { Delegation, Template } from '../entities';
import { createPath } from '../path';
import type { Actor, Scope } from '../permissions';
import type { Change, Context, Entity, Reader, Rows } from './command';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  t1: uuid(1),
  t2: uuid(2),
  c1: uuid(11),
  c2: uuid(12),
  c3: uuid(13),
  recruit: uuid(21),
  otherRecruit: uuid(22),
  newRecruit: uuid(23),
  farRecruit: uuid(24),
  mentor: uuid(31),
  otherMentor: uuid(32),
  /** A mentor of c2: the recruit's territory, not her circonscription. */
  nearMentor: uuid(33),
  manager: uuid(41),
  otherManager: uuid(42),
  territoryManager: uuid(51),
  admin: uuid(61),
  template: uuid(71),
  path: uuid(81),
  otherPath: uuid(82),
  session: uuid(91),
};

const circonscriptionTerritory: Record<string, string> = {
  [ids.c1]: ids.t1,
  [ids.c2]: ids.t1,
  [ids.c3]: ids.t2,
};

const agent = (id: string, roles: Agent['roles'], circonscriptionId: string): Agent => ({
  id,
  email: `${id.slice(-4)}@demo.parcours.fr`,
  displayName: `Agent ${id.slice(-2)}`,
  roles,
  job: 'Assistante de service social',
  status: 'contract',
  circonscriptionId,
  startDate: '2026-09-01',
  phone: null,
});

export const template: Template = {
  id: ids.template,
  name: 'ASS',
  job: 'Assistante de service social',
  status: 'contract',
  version: 1,
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
      help: '',
      due: { unit: 'day', amount: 1 },
      needsApproval: false,
      itemType: 'phone',
    },
    {
      kind: 'milestone',
      title: 'Bilan à 1 mois',
      help: '',
      due: { unit: 'month', amount: 1 },
      needsApproval: true,
    },
    {
      kind: 'training',
      title: 'Formation CNFPT',
      help: '',
      due: { unit: 'month', amount: 3 },
      needsApproval: false,
    },
  ],
};

export const stepIndex = { admin: 0, equipment: 1, milestone: 2, training: 3 } as const;

export class MemoryReader implements Reader {
  readonly tables = new Map<Entity, Map<string, Rows[Entity]>>();

  constructor() {
    const agents = [
      agent(ids.recruit, ['recruit'], ids.c1),
      agent(ids.otherRecruit, ['recruit'], ids.c3),
      agent(ids.newRecruit, ['recruit'], ids.c1),
      agent(ids.farRecruit, ['recruit'], ids.c3),
      agent(ids.mentor, ['mentor'], ids.c1),
      agent(ids.otherMentor, ['mentor'], ids.c3),
      agent(ids.nearMentor, ['mentor'], ids.c2),
      agent(ids.manager, ['manager'], ids.c1),
      agent(ids.otherManager, ['manager'], ids.c3),
      agent(ids.territoryManager, ['territoryManager'], ids.c1),
      agent(ids.admin, ['admin'], ids.c2),
    ];
    agents.forEach((row) => this.put({ entity: 'agent', op: 'put', row }));
    for (const [id, managerIds] of [
      [ids.t1, [ids.territoryManager]],
      [ids.t2, []],
    ] as const)
      this.put({
        entity: 'territory',
        op: 'put',
        row: { id, name: `Territoire ${id.slice(-1)}`, managerIds: [...managerIds], version: 1 },
      });
    for (const [id, managerIds] of [
      [ids.c1, [ids.manager]],
      [ids.c2, []],
      [ids.c3, [ids.otherManager]],
    ] as const) {
      const territoryId = circonscriptionTerritory[id]!;
      const row = { id, territoryId, name: `Circo ${id.slice(-2)}`, service: 'SSD' as const };
      this.put({
        entity: 'circonscription',
        op: 'put',
        row: { ...row, managerIds: [...managerIds], version: 1 },
      });
    }
    this.put({ entity: 'template', op: 'put', row: template });
    this.put({
      entity: 'groupSession',
      op: 'put',
      row: {
        id: ids.session,
        groupId: uuid(92),
        date: '2026-12-01',
        startTime: '14:00',
        durationMinutes: 120,
        place: 'Bobigny',
        version: 1,
      },
    });
    for (const [pathId, recruitId, mentorId, circ] of [
      [ids.path, ids.recruit, ids.mentor, ids.c1],
      [ids.otherPath, ids.otherRecruit, ids.otherMentor, ids.c3],
    ] as const) {
      const made = createPath(template, {
        id: pathId,
        recruitId,
        mentorId,
        circonscriptionId: circ,
        startDate: '2026-09-01',
      });
      this.apply([
        { entity: 'path', op: 'put', row: made.path },
        ...made.steps.map((row) => ({ entity: 'step' as const, op: 'put' as const, row })),
      ]);
    }
  }

  put(change: Change): void {
    const table = this.tables.get(change.entity) ?? new Map<string, Rows[Entity]>();
    this.tables.set(change.entity, table);
    if (change.op === 'put') table.set(change.row.id, change.row);
    else table.delete(change.id);
  }

  apply(changes: readonly Change[]): void {
    changes.forEach((change) => this.put(change));
  }

  get<E extends Entity>(entity: E, id: string): Promise<Rows[E] | undefined> {
    return Promise.resolve(this.tables.get(entity)?.get(id) as Rows[E] | undefined);
  }

  async scopeOfPath(pathId: string): Promise<Scope | undefined> {
    const path = await this.get('path', pathId);
    if (!path) return undefined;
    const territoryId = circonscriptionTerritory[path.circonscriptionId] ?? '';
    return {
      recruitId: path.recruitId,
      mentorId: path.mentorId,
      circonscriptionId: path.circonscriptionId,
      territoryId,
    };
  }

  pathIdOf(recruitId: string): Promise<string | undefined> {
    const path = [...(this.tables.get('path')?.values() ?? [])].find(
      (row) => 'recruitId' in row && row.recruitId === recruitId,
    );
    return Promise.resolve(path?.id);
  }

  async scopeOfAgent(agentId: string): Promise<Scope | undefined> {
    const pathId = await this.pathIdOf(agentId);
    if (pathId) return this.scopeOfPath(pathId);
    const found = await this.get('agent', agentId);
    if (!found?.circonscriptionId) return undefined;
    const territoryId = circonscriptionTerritory[found.circonscriptionId] ?? '';
    return {
      recruitId: agentId,
      mentorId: null,
      circonscriptionId: found.circonscriptionId,
      territoryId,
    };
  }

  async territoryOf(circonscriptionId: string): Promise<string | undefined> {
    const held = await this.get('circonscription', circonscriptionId);
    return held?.territoryId ?? circonscriptionTerritory[circonscriptionId];
  }

  find<E extends Entity>(
    entity: E,
    field: keyof Rows[E] & string,
    value: string,
  ): Promise<Rows[E][]> {
    const all = [...(this.tables.get(entity)?.values() ?? [])] as Rows[E][];
    const found = all.filter((row) => row[field] === value);
    return Promise.resolve(found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }

  delegationsFrom(agentId: string): Promise<Delegation[]> {
    const all = [...(this.tables.get('delegation')?.values() ?? [])] as Delegation[];
    return Promise.resolve(all.filter((d) => d.fromAgentId === agentId));
  }
}

export const actors: Record<
  'recruit' | 'mentor' | 'manager' | 'territoryManager' | 'admin',
  Actor
> = {
  recruit: {
    agentId: ids.recruit,
    roles: ['recruit'],
    circonscriptionIds: [],
    territoryIds: [],
    delegatedCirconscriptionIds: [],
  },
  mentor: {
    agentId: ids.mentor,
    roles: ['mentor'],
    circonscriptionIds: [],
    territoryIds: [],
    delegatedCirconscriptionIds: [],
  },
  manager: {
    agentId: ids.manager,
    roles: ['manager'],
    circonscriptionIds: [ids.c1],
    territoryIds: [],
    delegatedCirconscriptionIds: [],
  },
  territoryManager: {
    agentId: ids.territoryManager,
    roles: ['territoryManager'],
    circonscriptionIds: [],
    territoryIds: [ids.t1],
    delegatedCirconscriptionIds: [],
  },
  admin: {
    agentId: ids.admin,
    roles: ['admin'],
    circonscriptionIds: [],
    territoryIds: [],
    delegatedCirconscriptionIds: [],
  },
};

export const contextFor = (actor: Actor, read: Reader): Context => ({
  actor,
  read,
  now: '2026-11-23T10:00:00.000Z',
});

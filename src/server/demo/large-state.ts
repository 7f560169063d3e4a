import {
  commands,
  runCommand,
  type Change,
  type Entity,
  type Reader,
  type Rows,
} from '../../domain/commands';
import type { Delegation, Path } from '../../domain/entities';
import { actorOf, type Actor, type Scope } from '../../domain/permissions';
import type { Queryable } from '../store/database';
import { rowOf, selectList } from '../store/table-spec';
import { tables } from '../store/tables';
import { writeChanges } from '../sync/write';

/** The order rows are written in, so that every row's references exist before it does. */
const entities: readonly Entity[] = [
  'territory',
  'circonscription',
  'agent',
  'template',
  'path',
  'step',
  'training',
  'meeting',
  'practiceGroup',
  'groupSession',
  'attendance',
  'interim',
  'delegation',
  'milestoneComment',
];
const rank = new Map(entities.map((entity, i) => [entity, i]));

/**
 * The large seed runs the domain's own commands (runCommand), as the server runs a device's
 * mutations, and writes their changes with the server's writer (writeChanges). What the
 * commands read comes from this copy of the database in memory, which holds every row the
 * seed reads: the demo's, loaded once, and every change since, applied as it is made (as the
 * device's reader holds its synced rows). It answers as sqlReader does (src/server/sync/
 * reader.ts), without a query per read: tens of thousands of commands run in seconds.
 */
export class SeedState implements Reader {
  private readonly rows = new Map<Entity, Map<string, Rows[Entity]>>();
  private readonly paths = new Map<string, Path[]>();
  private pending: Change[] = [];
  /** Commands run, by name: the seed's summary. */
  readonly ran = new Map<string, number>();

  /** Loads every row already in the database (the demo's). */
  static async load(tx: Queryable): Promise<SeedState> {
    const state = new SeedState();
    for (const entity of entities) {
      const spec = tables[entity];
      const raws = await tx.query<Record<string, unknown>>(
        `SELECT ${selectList(spec)} FROM ${spec.table} t ORDER BY t.id`,
      );
      for (const raw of raws) {
        const stored = rowOf(spec, raw);
        if (!stored.deleted) state.put({ entity, op: 'put', row: stored.row } as Change);
      }
    }
    return state;
  }

  /** Runs `name` as `actor` at `now` (ISO); a refusal is a bug of the seed: it throws. */
  async run(name: string, args: unknown, actor: Actor, now: string): Promise<Change[]> {
    const command = commands.get(name);
    if (!command) throw new Error(`no command ${name}`);
    const outcome = await runCommand(command, args, { actor, read: this, now });
    if (!outcome.ok) {
      const { code, field, message } = outcome.error;
      throw new Error(`${name} refused: ${code} ${field ?? ''} ${message} ${JSON.stringify(args)}`);
    }
    for (const change of outcome.changes) this.put(change);
    this.pending.push(...outcome.changes);
    this.ran.set(name, (this.ran.get(name) ?? 0) + 1);
    return outcome.changes;
  }

  /** Writes the changes made since the last flush, a statement per table. */
  async flush(tx: Queryable): Promise<void> {
    const changes = this.pending.sort((a, b) => rank.get(a.entity)! - rank.get(b.entity)!);
    this.pending = [];
    await writeChanges(tx, changes);
  }

  /** What an agent's roles reach on `today`, from the organisation as it stands. */
  actor(agentId: string, today: string): Actor {
    const agent = this.table('agent').get(agentId);
    if (!agent) throw new Error(`no agent ${agentId}`);
    return actorOf({
      agentId,
      roles: agent.roles,
      circonscriptions: [...this.table('circonscription').values()],
      territories: [...this.table('territory').values()],
      delegations: [...this.table('delegation').values()],
      interims: [...this.table('interim').values()],
      today,
    });
  }

  /** Every row of an entity, in the order they were made. */
  all<E extends Entity>(entity: E): Rows[E][] {
    return [...this.table(entity).values()];
  }

  private table<E extends Entity>(entity: E): Map<string, Rows[E]> {
    let table = this.rows.get(entity);
    if (!table) {
      table = new Map();
      this.rows.set(entity, table);
    }
    return table as Map<string, Rows[E]>;
  }

  private put(change: Change): void {
    const table = this.table(change.entity);
    if (change.op === 'delete') {
      table.delete(change.id);
      return;
    }
    table.set(change.row.id, change.row);
    if (change.entity === 'path') {
      const path = change.row;
      const others = (this.paths.get(path.recruitId) ?? []).filter((p) => p.id !== path.id);
      this.paths.set(path.recruitId, [...others, path]);
    }
  }

  // The Reader, as sqlReader answers.

  get<E extends Entity>(entity: E, id: string): Promise<Rows[E] | undefined> {
    return Promise.resolve(this.table(entity).get(id));
  }

  private scopeIn(path: Path): Scope {
    return {
      recruitId: path.recruitId,
      mentorId: path.mentorId,
      circonscriptionId: path.circonscriptionId,
      territoryId: this.table('circonscription').get(path.circonscriptionId)?.territoryId ?? '',
    };
  }

  scopeOfPath(pathId: string): Promise<Scope | undefined> {
    const path = this.table('path').get(pathId);
    return Promise.resolve(path && this.scopeIn(path));
  }

  /** Her latest path's scope (by start date, then id), else her home's. */
  scopeOfAgent(agentId: string): Promise<Scope | undefined> {
    const [path] = [...(this.paths.get(agentId) ?? [])].sort(
      (a, b) => b.startDate.localeCompare(a.startDate) || (a.id < b.id ? -1 : 1),
    );
    if (path) return Promise.resolve(this.scopeIn(path));
    const home = this.table('agent').get(agentId)?.circonscriptionId;
    const territoryId = home ? this.table('circonscription').get(home)?.territoryId : undefined;
    if (!home || !territoryId) return Promise.resolve(undefined);
    return Promise.resolve({
      recruitId: agentId,
      mentorId: null,
      circonscriptionId: home,
      territoryId,
    });
  }

  territoryOf(circonscriptionId: string): Promise<string | undefined> {
    return Promise.resolve(this.table('circonscription').get(circonscriptionId)?.territoryId);
  }

  pathIdOf(recruitId: string): Promise<string | undefined> {
    return Promise.resolve(this.paths.get(recruitId)?.[0]?.id);
  }

  delegationsFrom(agentId: string): Promise<Delegation[]> {
    return Promise.resolve(this.all('delegation').filter((d) => d.fromAgentId === agentId));
  }

  find<E extends Entity>(
    entity: E,
    field: keyof Rows[E] & string,
    value: string,
  ): Promise<Rows[E][]> {
    const found = this.all(entity).filter((row) => String(row[field]) === value);
    return Promise.resolve(found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }
}

import type { Change, Entity, Reader, Rows } from '../../domain/commands';
import type { Delegation, Step } from '../../domain/entities';
import type { Scope } from '../../domain/permissions';
import type { Mutation } from '../../domain/protocol';
import type { Queryable } from '../store/database';
import { rowOf, selectList } from '../store/table-spec';
import { tables } from '../store/tables';
import { pathScope, scopeOf, sqlReader, uuid, type ScopeRow } from './reader';

const stepId = /^[0-9a-f-]{36}\.\d{2}$/i;

/**
 * The Reader the mutations of one push share. The push holds the writers' lock for its
 * whole transaction, so nobody else changes a row meanwhile: what it read stays true until
 * it writes itself, and it tells this reader what it wrote. Most mutations act on a step
 * (done, submit, decide, equipment); their steps and the steps' paths are read up front in
 * two queries, instead of two queries per mutation. Anything else reads through.
 */
export class BatchReader implements Reader {
  private readonly base: Reader;
  private readonly steps = new Map<string, Step | undefined>();
  private readonly scopes = new Map<string, Scope | undefined>();

  /** `beforeReadThrough` runs before any read of the database itself: the push writes what
   *  it holds first, so that the read sees it. */
  constructor(
    private readonly tx: Queryable,
    private readonly beforeReadThrough: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.base = sqlReader(tx);
  }

  /** Reads the steps the mutations name (`args.stepId`), and where their paths sit. */
  async prefetch(mutations: readonly Mutation[]): Promise<void> {
    const ids = new Set<string>();
    for (const { args } of mutations) {
      const id = (args as { stepId?: unknown } | null)?.stepId;
      if (typeof id === 'string' && stepId.test(id)) ids.add(id);
    }
    if (ids.size === 0) return;
    const spec = tables.step;
    const raws = await this.tx.query<Record<string, unknown>>(
      `SELECT ${selectList(spec)} FROM ${spec.table} t WHERE t.id = ANY($1::text[])`,
      [[...ids]],
    );
    for (const id of ids) this.steps.set(id, undefined);
    const pathIds = new Set<string>();
    for (const raw of raws) {
      const { row, deleted } = rowOf(spec, raw);
      const step = deleted ? undefined : (row as Step);
      this.steps.set(String(row.id), step);
      if (step && uuid.test(step.pathId)) pathIds.add(step.pathId);
    }
    const paths = await this.tx.query<ScopeRow & { id: string }>(
      `${pathScope} WHERE p.id = ANY($1::uuid[]) AND NOT p.deleted`,
      [[...pathIds]],
    );
    for (const id of pathIds) this.scopes.set(id, undefined);
    for (const path of paths) this.scopes.set(path.id, scopeOf(path));
  }

  get<E extends Entity>(entity: E, id: string): Promise<Rows[E] | undefined> {
    if (entity === 'step' && this.steps.has(id)) {
      return Promise.resolve(this.steps.get(id) as Rows[E] | undefined);
    }
    return this.through(() => this.base.get(entity, id));
  }

  scopeOfPath(pathId: string): Promise<Scope | undefined> {
    if (this.scopes.has(pathId)) return Promise.resolve(this.scopes.get(pathId));
    return this.through(() => this.base.scopeOfPath(pathId));
  }

  scopeOfAgent(agentId: string): Promise<Scope | undefined> {
    return this.through(() => this.base.scopeOfAgent(agentId));
  }

  territoryOf(circonscriptionId: string): Promise<string | undefined> {
    return this.through(() => this.base.territoryOf(circonscriptionId));
  }

  pathIdOf(recruitId: string): Promise<string | undefined> {
    return this.through(() => this.base.pathIdOf(recruitId));
  }

  delegationsFrom(agentId: string): Promise<Delegation[]> {
    return this.through(() => this.base.delegationsFrom(agentId));
  }

  find<E extends Entity>(
    entity: E,
    field: keyof Rows[E] & string,
    value: string,
  ): Promise<Rows[E][]> {
    return this.through(() => this.base.find(entity, field, value));
  }

  private async through<T>(read: () => Promise<T>): Promise<T> {
    await this.beforeReadThrough();
    return read();
  }

  /** The push wrote these changes: what it holds of them is now what the database holds. */
  wrote(changes: readonly Change[]): void {
    for (const change of changes) {
      const id = change.op === 'put' ? change.row.id : change.id;
      if (change.entity === 'step')
        this.steps.set(id, change.op === 'put' ? change.row : undefined);
      // A path that gets a mentor or moves changes its scope: read it again when asked.
      if (change.entity === 'path') this.scopes.delete(id);
    }
  }

  /** A write was rolled back: forget everything, the database is the truth again. */
  forget(): void {
    this.steps.clear();
    this.scopes.clear();
  }
}

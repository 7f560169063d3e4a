import type { Entity, Reader, Rows } from '../../domain/commands';
import type { Delegation } from '../../domain/entities';
import type { Scope } from '../../domain/permissions';
import type { Queryable } from '../store/database';
import { rowOf, selectList, type TableSpec } from '../store/table-spec';
import { tables } from '../store/tables';

export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ScopeRow {
  recruit_id: string;
  mentor_id: string | null;
  circonscription_id: string;
  territory_id: string;
}

export const scopeOf = (row: ScopeRow): Scope => ({
  recruitId: row.recruit_id,
  mentorId: row.mentor_id,
  circonscriptionId: row.circonscription_id,
  territoryId: row.territory_id,
});

export const pathScope = `SELECT p.id, p.recruit_id, p.mentor_id, p.circonscription_id, c.territory_id
  FROM paths p JOIN circonscriptions c ON c.id = p.circonscription_id`;

/** The domain's Reader over SQL, inside the caller's transaction: commands run on the
 *  server exactly as on the device, reading the rows they act on through it. */
export function sqlReader(tx: Queryable): Reader {
  async function get<E extends Entity>(entity: E, id: string): Promise<Rows[E] | undefined> {
    const spec = tables[entity];
    if (!spec.textIds && !uuid.test(id)) return undefined;
    const [raw] = await tx.query<Record<string, unknown>>(
      `SELECT ${selectList(spec)} FROM ${spec.table} t WHERE t.id = $1`,
      [id],
    );
    if (!raw) return undefined;
    const stored = rowOf(spec, raw);
    return stored.deleted ? undefined : (stored.row as Rows[E]);
  }

  async function scopeOfPath(pathId: string): Promise<Scope | undefined> {
    if (!uuid.test(pathId)) return undefined;
    const [row] = await tx.query<ScopeRow>(`${pathScope} WHERE p.id = $1 AND NOT p.deleted`, [
      pathId,
    ]);
    return row && scopeOf(row);
  }

  async function scopeOfAgent(agentId: string): Promise<Scope | undefined> {
    if (!uuid.test(agentId)) return undefined;
    const [path] = await tx.query<ScopeRow>(
      `${pathScope} WHERE p.recruit_id = $1 AND NOT p.deleted
       ORDER BY p.start_date DESC, p.id LIMIT 1`,
      [agentId],
    );
    if (path) return scopeOf(path);
    const [home] = await tx.query<ScopeRow>(
      `SELECT a.id AS recruit_id, NULL AS mentor_id, a.circonscription_id, c.territory_id
         FROM agents a JOIN circonscriptions c ON c.id = a.circonscription_id
        WHERE a.id = $1`,
      [agentId],
    );
    return home && scopeOf(home);
  }

  async function territoryOf(circonscriptionId: string): Promise<string | undefined> {
    if (!uuid.test(circonscriptionId)) return undefined;
    const [row] = await tx.query<{ territory_id: string }>(
      'SELECT territory_id FROM circonscriptions WHERE id = $1',
      [circonscriptionId],
    );
    return row?.territory_id;
  }

  async function pathIdOf(recruitId: string): Promise<string | undefined> {
    if (!uuid.test(recruitId)) return undefined;
    const [path] = await tx.query<{ id: string }>(
      'SELECT id FROM paths WHERE recruit_id = $1 AND NOT deleted LIMIT 1',
      [recruitId],
    );
    return path?.id;
  }

  async function delegationsFrom(agentId: string): Promise<Delegation[]> {
    if (!uuid.test(agentId)) return [];
    const spec = tables.delegation;
    const raws = await tx.query<Record<string, unknown>>(
      `SELECT ${selectList(spec)} FROM ${spec.table} t
        WHERE t.from_agent_id = $1 AND NOT t.deleted ORDER BY t.id`,
      [agentId],
    );
    return raws.map((raw) => rowOf(spec, raw).row as Delegation);
  }

  async function find<E extends Entity>(
    entity: E,
    field: keyof Rows[E] & string,
    value: string,
  ): Promise<Rows[E][]> {
    const spec = tables[entity];
    const column = columnOf(spec, field);
    const live = spec.tombstones ? 'AND NOT t.deleted' : '';
    const raws = await tx.query<Record<string, unknown>>(
      `SELECT ${selectList(spec)} FROM ${spec.table} t
        WHERE t.${column}::text = $1 ${live} ORDER BY t.id`,
      [value],
    );
    return raws.map((raw) => rowOf(spec, raw).row as Rows[E]);
  }

  return { get, scopeOfPath, scopeOfAgent, territoryOf, pathIdOf, delegationsFrom, find };
}

/** The column of a declared field: a field name never reaches SQL unless declared. */
function columnOf(spec: TableSpec, field: string): string {
  const declared = spec.fields[field];
  if (declared === undefined) throw new Error(`${spec.table} has no field ${field}`);
  return typeof declared === 'string'
    ? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    : declared[1];
}

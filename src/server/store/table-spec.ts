import type { Queryable } from './database';

/**
 * How one field of a camelCase row is stored. Each kind reads back exactly the JSON the
 * domain schema expects: dates as YYYY-MM-DD text (drivers would shift a `date` to local
 * midnight), instants as ISO text in UTC, numerics as numbers, jsonb as parsed values.
 */
export type FieldKind = 'plain' | 'date' | 'instant' | 'json' | 'number';

export interface TableSpec {
  table: string;
  /** Field name → kind, or [kind, column] when the column is not the snake_case name. */
  fields: Record<string, FieldKind | [FieldKind, string]>;
  /** Read-only fields computed by SQL over the table aliased `t` (managerIds...). */
  computed?: Record<string, string>;
  /** Whether the table has a `deleted` column (tombstones); the organisation's has not. */
  tombstones: boolean;
  /** Whether pulled rows carry `version` (the agent row's schema has none). */
  versionInRow: boolean;
  /** Whether commands may write it (agents are written by accounts, not by sync). */
  writable: boolean;
  /** Whether each row keeps its jsonRow as text in `wire`, written by a trigger
   *  (migration 0007): a pull copies it. Not for rows with computed fields. */
  storedJson: boolean;
  /** Ids are uuids unless said otherwise (step, attendance and delegation ids are text). */
  textIds?: boolean;
  /** Array fields kept in a table of links (a circonscription's managers): written with the
   *  row, read back by a computed field of the same name. */
  links?: Record<string, Link>;
}

export interface Link {
  table: string;
  /** The column holding the row's id. */
  owner: string;
  /** The column holding each id of the array. */
  member: string;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const fieldsOf = (spec: TableSpec) =>
  Object.entries(spec.fields).map(([key, declared]) => {
    const [kind, column] = typeof declared === 'string' ? [declared, snake(key)] : declared;
    return { key, kind, column };
  });

function readExpression(kind: FieldKind, column: string): string {
  switch (kind) {
    case 'date':
      return `t.${column}::text`;
    case 'instant':
      return `to_char(t.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'number':
      return `t.${column}::float8`;
    default:
      return `t.${column}`;
  }
}

/** The select list over `t`: fields under their camelCase names, plus `__version` and
 *  `__deleted`, which rowOf strips. */
export function selectList(spec: TableSpec): string {
  const fields = fieldsOf(spec).map(({ key, kind, column }) => {
    return `${readExpression(kind, column)} AS "${key}"`;
  });
  const computed = Object.entries(spec.computed ?? {}).map(([key, sql]) => `${sql} AS "${key}"`);
  const deleted = spec.tombstones ? 't.deleted' : 'false';
  return [...fields, ...computed, 't.version::text AS "__version"', `${deleted} AS "__deleted"`]
    .map((item) => `\n  ${item}`)
    .join(',');
}

/** The same row as selectList and rowOf give, built as JSON by the database, over `t`:
 *  a pull of thousands of rows then passes through the server as text, never parsed into
 *  objects and serialised again. `omit` leaves fields out (a meeting's notes). */
export function jsonRow(spec: TableSpec, omit: readonly string[] = []): string {
  const fields = fieldsOf(spec)
    .filter(({ key }) => !omit.includes(key))
    .map(({ key, kind, column }) => `'${key}', ${readExpression(kind, column)}`);
  const computed = Object.entries(spec.computed ?? {}).map(([key, sql]) => `'${key}', ${sql}`);
  const version = spec.versionInRow ? ["'version', t.version"] : [];
  return `json_build_object(${[...fields, ...computed, ...version].join(', ')})`;
}

export interface StoredRow {
  row: Record<string, unknown>;
  version: number;
  deleted: boolean;
}

export function rowOf(spec: TableSpec, raw: Record<string, unknown>): StoredRow {
  const { __version, __deleted, ...row } = raw;
  const version = Number(__version);
  if (spec.versionInRow) row.version = version;
  return { row, version, deleted: __deleted === true };
}

/** Inserts or replaces a row; the column default or the update trigger draws its version.
 *  Writing a row also revives it if it was a tombstone. */
export function upsert(tx: Queryable, spec: TableSpec, row: Record<string, unknown>) {
  return upsertMany(tx, spec, [row]);
}

/** Parameters one statement may carry (PostgreSQL's limit is 65,535). */
const maxParams = 60_000;

/** upsert for many rows, in as few statements as the parameter limit allows. Each id at
 *  most once: one statement cannot change a row twice. */
export async function upsertMany(
  tx: Queryable,
  spec: TableSpec,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (!spec.writable) throw new Error(`${spec.table} is not written by sync`);
  const fields = fieldsOf(spec);
  const columns = fields.map((f) => f.column);
  const updates = columns.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`);
  const perStatement = Math.floor(maxParams / fields.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    const params = part.flatMap((row) =>
      fields.map(({ key, kind }) => {
        const value = row[key] ?? null;
        return kind === 'json' && value !== null ? JSON.stringify(value) : value;
      }),
    );
    const tuples = part.map((_, r) => {
      const values = fields.map(({ kind }, i) => {
        const n = r * fields.length + i + 1;
        return kind === 'json' ? `$${n}::text::jsonb` : `$${n}`;
      });
      return `(${values.join(', ')})`;
    });
    const revive = spec.tombstones ? ['deleted = false'] : [];
    await tx.query(
      `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}
       ON CONFLICT (id) DO UPDATE SET ${[...updates, ...revive].join(', ')}`,
      params,
    );
  }
  for (const [key, link] of Object.entries(spec.links ?? {})) {
    for (const row of rows) await writeLinks(tx, link, row.id, row[key] as string[]);
  }
}

/** Makes the links of one row exactly `members`. Their table's triggers touch the row, so a
 *  pull sends it again with its new array. */
async function writeLinks(tx: Queryable, link: Link, owner: unknown, members: string[]) {
  await tx.query(
    `DELETE FROM ${link.table} WHERE ${link.owner} = $1 AND NOT (${link.member} = ANY($2::uuid[]))`,
    [owner, members],
  );
  await tx.query(
    `INSERT INTO ${link.table} (${link.owner}, ${link.member})
     SELECT $1, m FROM unnest($2::uuid[]) m ON CONFLICT DO NOTHING`,
    [owner, members],
  );
}

/** A delete is a tombstone with a fresh version, so incremental pulls carry it. */
export function tombstone(tx: Queryable, spec: TableSpec, id: string): Promise<void> {
  return tombstoneMany(tx, spec, [id]);
}

export async function tombstoneMany(
  tx: Queryable,
  spec: TableSpec,
  ids: readonly string[],
): Promise<void> {
  if (!spec.writable || !spec.tombstones) throw new Error(`${spec.table} keeps no tombstones`);
  await tx.query(`UPDATE ${spec.table} SET deleted = true WHERE id = ANY($1) AND NOT deleted`, [
    ids,
  ]);
}

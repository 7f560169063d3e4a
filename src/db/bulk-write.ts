import Dexie, { RangeSet, type ObservabilitySet, type Table } from 'dexie';

/** The IndexedDB transaction under Dexie's, with the parts Dexie's observability layer
 *  records there: on commit Dexie drops its cached live-query answers that overlap them and
 *  tells every live query, in this tab and the others ("storagemutated"). */
type ObservedTransaction = IDBTransaction & { mutatedParts?: ObservabilitySet };

/**
 * Puts rows with IndexedDB's own `put`, inside the current Dexie read-write transaction,
 * and deletes by key: Dexie's bulkPut keeps a request and an error handler per row, which
 * costs the page as much again as the puts for an initial sync's thousands of rows. A put
 * that fails aborts the transaction, as bulkPut's would.
 * The table is then marked changed whole, as Dexie marks it for a bulk write of 50 rows or
 * more, so that live queries over it run again once the transaction commits.
 */
export function writeRows(
  table: Table,
  puts: readonly Record<string, unknown>[],
  deletes: readonly string[],
): void {
  const transaction = Dexie.currentTransaction?.idbtrans as ObservedTransaction | undefined;
  if (!transaction) throw new Error(`writeRows(${table.name}) needs a read-write transaction`);
  const store = transaction.objectStore(table.name);
  for (const row of puts) store.put(row);
  for (const key of deletes) store.delete(key);
  const everything = new RangeSet(Dexie.minKey, Dexie.maxKey);
  const parts = (transaction.mutatedParts ??= {});
  const prefix = `idb://${table.db.name}/${table.name}/`;
  for (const index of ['', ':dels', ...table.schema.indexes.map((i) => i.name)])
    parts[prefix + index] = everything;
}

import type { Insertable } from 'kysely';
import type { Tx } from './database.js';
import type { Tables } from './tables.js';

/** Tables whose rows are known by a text `id`. */
type KeyedTable = {
  [T in keyof Tables]: Tables[T] extends { id: string } ? T : never;
}[keyof Tables];

/** Inserts the row, or replaces the row with its id: how the record stores write a record's main row. */
export async function upsertById<T extends KeyedTable>(
  trx: Tx,
  table: T,
  row: Insertable<Tables[T]>,
): Promise<void> {
  // Kysely cannot follow a table name that is a type parameter; the signature above keeps callers typed.
  const untyped = trx as unknown as Tx & { insertInto(t: string): ReturnType<Tx['insertInto']> };
  await untyped
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) => oc.column('id' as never).doUpdateSet(row as never))
    .execute();
}

import type { Tx } from '../db/database.js';
import { appendAuditEntry, type AuditedEntity } from './audit-entry.js';
import { canonicalJson } from './canonical-json.js';

/** How one kind of record is read and written as a whole (its row and its child rows). */
export interface RecordStore<T extends { id: string }> {
  readonly entity: AuditedEntity;
  read(trx: Tx, id: string): Promise<T | undefined>;
  /** Writes the whole record; `existed` tells insert from replace. */
  write(trx: Tx, record: T, existed: boolean): Promise<void>;
}

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

/**
 * The one way records of the registry change: write the record and its audit entry in the
 * caller's transaction. Saving an identical record changes nothing and writes no entry.
 */
export async function saveRecord<T extends { id: string }>(
  trx: Tx,
  actor: string,
  store: RecordStore<T>,
  record: T,
): Promise<SaveOutcome> {
  const before = await store.read(trx, record.id);
  if (before !== undefined && canonicalJson(before) === canonicalJson(record)) return 'unchanged';
  await store.write(trx, record, before !== undefined);
  await appendAuditEntry(trx, {
    actor,
    action: before === undefined ? 'create' : 'update',
    entity: store.entity,
    entityId: record.id,
    before: before ?? null,
    after: record,
  });
  return before === undefined ? 'created' : 'updated';
}

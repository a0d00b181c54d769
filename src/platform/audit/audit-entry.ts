import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable, Tx } from '../db/database.js';
import { canonicalJson } from './canonical-json.js';

/**
 * What happened to a record. A closed list: a new kind of change gets a name here first.
 * - create: a record appears (before is null)
 * - update: a record changes (before and after are both whole records)
 * - submit: a state submits a version of a national report (after is the version)
 * - return / accept: the Secretariat's decision on a submitted version
 * - approve: the Secretariat records the SOC's approval of a plan
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'submit',
  'return',
  'accept',
  'approve',
  'confirm',
  'reject',
  'reanalyse',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record the trail covers, one per aggregate of the registry. */
export const AUDITED_ENTITIES = [
  'state',
  'organization',
  'membership',
  'chairmanship',
  'instrument',
  'catalogue',
  'event',
  'account',
  'invitation',
  'commitment',
  'reporting-cycle',
  'report',
  'coordinator-role',
  'plan',
  'reminder',
  'attachment',
  'library-document',
  'library-suggestion',
  'library-term',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export interface AuditChange {
  /** Who made the change: a user id, or `pack:<name>` for reference data. */
  actor: string;
  action: AuditAction;
  entity: AuditedEntity;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditChange {
  seq: string;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry covers everything in it and the hash of the entry before. */
export function hashEntry(
  prevHash: string,
  entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>,
): string {
  const body = canonicalJson({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/**
 * Appends an entry to the trail inside the caller's transaction, so the change and its entry
 * commit or vanish together. A transaction-scoped lock keeps the hash chain linear.
 */
export async function appendAuditEntry(
  trx: Tx,
  change: AuditChange,
  now: Date = new Date(),
): Promise<AuditEntry> {
  await sql`select pg_advisory_xact_lock(hashtext('senim.audit'))`.execute(trx);
  const last = await trx
    .selectFrom('audit_entry')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = now.toISOString();
  const hash = hashEntry(prevHash, { ...change, at });
  const row = await trx
    .insertInto('audit_entry')
    .values({
      at,
      actor: change.actor,
      action: change.action,
      entity: change.entity,
      entity_id: change.entityId,
      before: JSON.stringify(change.before ?? null),
      after: JSON.stringify(change.after ?? null),
      prev_hash: prevHash,
      hash,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  return { ...change, seq: row.seq, at, prevHash, hash };
}

export async function listAuditEntries(
  db: Queryable,
  filter: { entity?: string; entityId?: string } = {},
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_entry').selectAll().orderBy('seq');
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action as AuditAction,
    entity: r.entity as AuditedEntity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** Recomputes the chain; answers the first entry whose hash or link does not hold, or null. */
export async function findBrokenLink(db: Queryable): Promise<string | null> {
  let prev = GENESIS_HASH;
  for (const entry of await listAuditEntries(db)) {
    if (entry.prevHash !== prev || hashEntry(prev, entry) !== entry.hash) return entry.seq;
    prev = entry.hash;
  }
  return null;
}

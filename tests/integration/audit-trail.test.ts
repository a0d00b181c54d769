import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLink, listAuditEntries } from '../../src/platform/audit/audit-entry.js';
import { DATA_DIR } from '../../src/platform/paths.js';
import { readPacks } from '../../src/packs/read-packs.js';
import { loadPacks } from '../../src/packs/load-packs.js';
import { exportRegistry } from '../../src/packs/export-registry.js';
import { Pack } from '../../src/packs/pack.schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe('audit trail', () => {
  it('holds one entry per record loaded, chained by hashes', async () => {
    const db = t.app.database.db;
    const entries = await listAuditEntries(db);
    const states = await db
      .selectFrom('state')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(entries.filter((e) => e.entity === 'state')).toHaveLength(Number(states.n));
    expect(entries.every((e) => e.action === 'create' && e.actor.startsWith('pack:'))).toBe(true);
    expect(entries[0]!.prevHash).toBe('0'.repeat(64));
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(await findBrokenLink(db)).toBeNull();
  });

  it('loading the same packs again changes nothing and writes no entry', async () => {
    const db = t.app.database.db;
    const before = (await listAuditEntries(db)).length;
    const read = await readPacks(DATA_DIR);
    if (!read.ok) throw new Error('data packs invalid');
    const summary = await loadPacks(db, read.packs);
    expect(Object.values(summary).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect((await listAuditEntries(db)).length).toBe(before);
  });

  it('records an update with before and after, in the same transaction as the change', async () => {
    const db = t.app.database.db;
    const read = await readPacks(DATA_DIR);
    if (!read.ok) throw new Error('data packs invalid');
    const changed = read.packs.map(({ file, pack }) => ({
      file,
      pack: {
        ...pack,
        states: pack.states.map((s) =>
          s.id === 'KAZ' ? { ...s, source: 'a corrected source note' } : s,
        ),
      },
    }));
    const summary = await loadPacks(db, changed);
    expect(summary['state']).toMatchObject({ updated: 1 });
    const entries = await listAuditEntries(db, { entity: 'state', entityId: 'KAZ' });
    const last = entries.at(-1)!;
    expect(last.action).toBe('update');
    expect((last.before as { source: string }).source).not.toBe('a corrected source note');
    expect((last.after as { source: string }).source).toBe('a corrected source note');
    expect(await findBrokenLink(db)).toBeNull();
  });

  it('rolls back the whole load, audit entries included, when one record fails', async () => {
    const db = t.app.database.db;
    const before = (await listAuditEntries(db)).length;
    const read = await readPacks(DATA_DIR);
    if (!read.ok) throw new Error('data packs invalid');
    // A membership naming a state that is not in the database: the schema passes, the foreign key does not.
    const broken = [
      {
        file: 'broken.yaml',
        pack: {
          ...read.packs[0]!.pack,
          states: [
            { ...read.packs[0]!.pack.states[0]!, source: 'changed before the failure' },
          ].filter(Boolean),
          memberships: [
            { organization: 'CICA', state: 'ZZZ', status: 'member' as const, source: 'test' },
          ],
        },
      },
    ];
    await expect(loadPacks(db, broken)).rejects.toThrow();
    expect((await listAuditEntries(db)).length).toBe(before);
  });

  it('cannot be updated, deleted or truncated by the application role', async () => {
    const db = t.app.database.db;
    await expect(sql`update audit_entry set actor = 'someone else'`.execute(db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`delete from audit_entry`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`truncate audit_entry`.execute(db)).rejects.toThrow(/permission denied/);
  });

  it('cannot be rewritten even by the owner of the table', async () => {
    const owner = new pg.Client({ connectionString: t.databaseUrl });
    await owner.connect();
    try {
      await expect(owner.query(`update audit_entry set actor = 'someone else'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(owner.query('delete from audit_entry')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });

  it('exports the registry as a pack that validates again', async () => {
    const exported = await exportRegistry(t.app.database.db);
    const parsed = Pack.safeParse(exported);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(exported.states.length).toBeGreaterThan(30);
  });
});

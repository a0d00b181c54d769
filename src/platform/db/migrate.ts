import pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/**
 * Brings the database at `url` up to date, as the URL's user (who owns the tables).
 * An advisory lock lets two processes start at once without applying a migration twice.
 */
export async function migrate(
  url: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('senim.migrate'))`);
    await client.query(
      `create table if not exists senim_migration (id text primary key, applied_at timestamptz not null default now())`,
    );
    const done = new Set(
      (await client.query<{ id: string }>('select id from senim_migration')).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query('insert into senim_migration (id) values ($1)', [migration.id]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`migration ${migration.id} failed: ${(error as Error).message}`);
      }
      applied.push(migration.id);
    }
    // Whoever migrates must be able to act as the application role (SET ROLE senim_app);
    // a superuser already can, and a role that created senim_app may grant it to itself.
    await client.query('grant senim_app to current_user').catch(() => undefined);
    return applied;
  } finally {
    await client.end();
  }
}

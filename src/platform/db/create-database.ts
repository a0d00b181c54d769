import pg from 'pg';
import { withClient } from './with-client.js';

/** Creates database `name` in the cluster at `adminUrl` unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops database `name`, ending any sessions still connected to it.
 * WITH (FORCE) may not end an autovacuum worker unless we are a superuser (the worker has no role
 * to be a member of; PostgreSQL 17 added pg_signal_autovacuum_worker for this), and fails with
 * 42501 when one happens to be vacuuming the database. A plain DROP DATABASE asks autovacuum to
 * stop and waits for it, so that is the fallback.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const drop = `drop database if exists ${pg.escapeIdentifier(name)}`;
  await withClient(adminUrl, (client) =>
    client.query(`${drop} with (force)`).catch(async (error: unknown) => {
      if ((error as { code?: unknown }).code !== INSUFFICIENT_PRIVILEGE) throw error;
      await client.query(drop);
    }),
  );
}

const INSUFFICIENT_PRIVILEGE = '42501';

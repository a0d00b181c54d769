import { CompiledQuery, Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.js';

export type Database = Kysely<Tables>;
export type Tx = Transaction<Tables>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Database | Tx;

// Dates stay ISO strings ("2006-06-17"): a JS Date would shift them by the time zone.
const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

/**
 * Opens a pool on `url` whose connections act as the application role `senim_app`,
 * which can change the registry but only append to the audit trail.
 */
export function openDatabase(
  url: string,
  options: { max?: number; onIdleError?: (error: Error) => void } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID || oid === INT8_OID) return (value: string) => value;
        if (oid === TIMESTAMPTZ_OID) return (value: string) => new Date(value).toISOString();
        return pg.types.getTypeParser(oid, format);
      },
    } as pg.CustomTypesConfig,
  });
  // An idle connection can be cut by the server (a restart, a shutdown); the pool replaces it.
  // Without a listener that error would end the process.
  pool.on('error', options.onIdleError ?? (() => {}));
  return new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw('set role senim_app'));
      },
    }),
  });
}

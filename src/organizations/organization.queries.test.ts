import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Tables } from '../platform/db/tables.js';
import { membershipsInForce } from './organization.queries.js';

// Compiles queries without a database, so their SQL can be read and pinned here.
const db = new Kysely<Tables>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('membershipsInForce', () => {
  it('asks for memberships started by the day (unknown starts from the founding) and not ended', () => {
    const query = membershipsInForce(db, 'CICA', '2006-06-17', 'state', 'member')
      .select('m.state_id')
      .compile();
    expect(squash(query.sql)).toBe(
      squash(`select "m"."state_id" from "membership" as "m"
        left join "state" as "s" on "s"."id" = "m"."state_id"
        left join "organization" as "o" on "o"."id" = "m"."member_organization_id"
        where "m"."organization_id" = $1 and "m"."state_id" is not null
        and coalesce(m.from_lo, (select senim_date_lo(founded) from organization where id = m.organization_id), '-infinity'::date) <= $2::date
        and (m.to_hi is null or m.to_hi >= $3::date)
        and "m"."status" = $4`),
    );
    expect(query.parameters).toEqual(['CICA', '2006-06-17', '2006-06-17', 'member']);
  });

  it('selects member organisations instead of states when asked', () => {
    const query = membershipsInForce(db, 'CICA', '2026-01-01', 'organization')
      .select('m.id')
      .compile();
    expect(query.sql).toContain('"m"."member_organization_id" is not null');
    expect(query.sql).not.toContain('"m"."status" =');
  });
});

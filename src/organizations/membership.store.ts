import { upsertById } from '../platform/db/upsert.js';
import type { RecordStore } from '../platform/audit/save-record.js';

export type MembershipStatus = 'member' | 'observer' | 'partner';

export interface MembershipRecord {
  /** Derived from its content: organisation, member, status and start. */
  id: string;
  organization: string;
  state: string | null;
  memberOrganization: string | null;
  status: MembershipStatus;
  from: string | null;
  to: string | null;
  source: string;
}

export function membershipId(
  m: Pick<MembershipRecord, 'organization' | 'state' | 'memberOrganization' | 'status' | 'from'>,
): string {
  return [m.organization, m.state ?? m.memberOrganization, m.status, m.from ?? 'unknown'].join(':');
}

export const membershipStore: RecordStore<MembershipRecord> = {
  entity: 'membership',
  async read(trx, id) {
    return trx
      .selectFrom('membership')
      .select([
        'id',
        'organization_id as organization',
        'state_id as state',
        'member_organization_id as memberOrganization',
        'status',
        'from_date as from',
        'to_date as to',
        'source',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async write(trx, r) {
    const row = {
      id: r.id,
      organization_id: r.organization,
      state_id: r.state,
      member_organization_id: r.memberOrganization,
      status: r.status,
      from_date: r.from,
      to_date: r.to,
      source: r.source,
    };
    await upsertById(trx, 'membership', row);
  },
};

export interface ChairmanshipRecord {
  id: string;
  organization: string;
  state: string;
  from: string;
  to: string | null;
  source: string;
}

export const chairmanshipId = (c: Pick<ChairmanshipRecord, 'organization' | 'state' | 'from'>) =>
  [c.organization, c.state, c.from].join(':');

export const chairmanshipStore: RecordStore<ChairmanshipRecord> = {
  entity: 'chairmanship',
  async read(trx, id) {
    return trx
      .selectFrom('chairmanship')
      .select([
        'id',
        'organization_id as organization',
        'state_id as state',
        'from_date as from',
        'to_date as to',
        'source',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async write(trx, r) {
    const row = {
      id: r.id,
      organization_id: r.organization,
      state_id: r.state,
      from_date: r.from,
      to_date: r.to,
      source: r.source,
    };
    await upsertById(trx, 'chairmanship', row);
  },
};

import { toJson as json } from '../platform/db/json.js';
import { upsertById } from '../platform/db/upsert.js';
import type { RecordStore } from '../platform/audit/save-record.js';
import type { LocalizedText } from '../platform/localized-text.js';

export interface BodyRecord {
  id: string;
  kind: string;
  name: LocalizedText;
  description: LocalizedText | null;
  established: string | null;
  source: string;
}

/** An organisation and its bodies change together, as one record. */
export interface OrganizationRecord {
  id: string;
  name: LocalizedText;
  abbreviation: LocalizedText | null;
  description: LocalizedText | null;
  founded: string | null;
  headquarters: LocalizedText | null;
  bodies: BodyRecord[];
  source: string;
}

export const organizationStore: RecordStore<OrganizationRecord> = {
  entity: 'organization',
  async read(trx, id) {
    const row = await trx
      .selectFrom('organization')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const bodies = await trx
      .selectFrom('body')
      .select(['id', 'kind', 'name', 'description', 'established', 'source'])
      .where('organization_id', '=', id)
      .orderBy('position')
      .execute();
    return { ...row, bodies };
  },
  async write(trx, r) {
    const { bodies, ...org } = r;
    const row = {
      ...org,
      name: json(org.name),
      abbreviation: json(org.abbreviation),
      description: json(org.description),
      headquarters: json(org.headquarters),
    };
    await upsertById(trx, 'organization', row);
    // Bodies are referenced by instruments, so they are upserted, never dropped and re-created.
    for (const [position, b] of bodies.entries()) {
      const bodyRow = {
        ...b,
        organization_id: r.id,
        position,
        name: json(b.name),
        description: json(b.description),
      };
      await upsertById(trx, 'body', bodyRow);
    }
  },
};

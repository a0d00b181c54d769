import { toJson as json } from '../platform/db/json.js';
import { upsertById } from '../platform/db/upsert.js';
import type { RecordStore } from '../platform/audit/save-record.js';
import type { LocalizedText } from '../platform/localized-text.js';

export interface InstrumentRecord {
  id: string;
  kind: string;
  title: LocalizedText;
  organization: string | null;
  body: string | null;
  place: LocalizedText | null;
  adopted: string | null;
  signed: string | null;
  inForce: string | null;
  withdrawn: string | null;
  parties: string[];
  source: string;
}

export const instrumentStore: RecordStore<InstrumentRecord> = {
  entity: 'instrument',
  async read(trx, id) {
    const row = await trx
      .selectFrom('instrument')
      .select([
        'id',
        'kind',
        'title',
        'organization_id as organization',
        'body_id as body',
        'place',
        'adopted',
        'signed',
        'in_force as inForce',
        'withdrawn',
        'source',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const parties = await trx
      .selectFrom('instrument_party')
      .select('state_id')
      .where('instrument_id', '=', id)
      .orderBy('state_id')
      .execute();
    return { ...row, parties: parties.map((p) => p.state_id) };
  },
  async write(trx, r) {
    const row = {
      id: r.id,
      kind: r.kind,
      title: json(r.title),
      organization_id: r.organization,
      body_id: r.body,
      place: json(r.place),
      adopted: r.adopted,
      signed: r.signed,
      in_force: r.inForce,
      withdrawn: r.withdrawn,
      source: r.source,
    };
    await upsertById(trx, 'instrument', row);
    await trx.deleteFrom('instrument_party').where('instrument_id', '=', r.id).execute();
    if (r.parties.length > 0) {
      await trx
        .insertInto('instrument_party')
        .values(r.parties.map((state_id) => ({ instrument_id: r.id, state_id })))
        .execute();
    }
  },
};

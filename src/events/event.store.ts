import { toJson } from '../platform/db/json.js';
import { upsertById } from '../platform/db/upsert.js';
import type { RecordStore } from '../platform/audit/save-record.js';
import type { LocalizedText } from '../platform/localized-text.js';

export interface EventRecord {
  id: string;
  date: string;
  type: string;
  title: LocalizedText;
  place: LocalizedText | null;
  actors: string[];
  instruments: string[];
  source: string;
}

export const eventStore: RecordStore<EventRecord> = {
  entity: 'event',
  async read(trx, id) {
    const row = await trx
      .selectFrom('event')
      .select(['id', 'date', 'type', 'title', 'place', 'source'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const actors = await trx
      .selectFrom('event_actor')
      .select('actor_id')
      .where('event_id', '=', id)
      .orderBy('position')
      .execute();
    const instruments = await trx
      .selectFrom('event_instrument')
      .select('instrument_id')
      .where('event_id', '=', id)
      .orderBy('instrument_id')
      .execute();
    return {
      ...row,
      actors: actors.map((a) => a.actor_id),
      instruments: instruments.map((i) => i.instrument_id),
    };
  },
  async write(trx, r) {
    const row = {
      id: r.id,
      date: r.date,
      type: r.type,
      title: toJson(r.title),
      place: toJson(r.place),
      source: r.source,
    };
    await upsertById(trx, 'event', row);
    await trx.deleteFrom('event_actor').where('event_id', '=', r.id).execute();
    await trx.deleteFrom('event_instrument').where('event_id', '=', r.id).execute();
    if (r.actors.length > 0) {
      await trx
        .insertInto('event_actor')
        .values(r.actors.map((actor_id, position) => ({ event_id: r.id, actor_id, position })))
        .execute();
    }
    if (r.instruments.length > 0) {
      await trx
        .insertInto('event_instrument')
        .values(r.instruments.map((instrument_id) => ({ event_id: r.id, instrument_id })))
        .execute();
    }
  },
};

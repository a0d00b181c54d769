import { toJson } from '../platform/db/json.js';
import type { Tx } from '../platform/db/database.js';
import { upsertById } from '../platform/db/upsert.js';
import type { RecordStore } from '../platform/audit/save-record.js';
import type { LocalizedText } from '../platform/localized-text.js';

export interface StateRecord {
  id: string;
  numeric: string | null;
  name: LocalizedText;
  historical: boolean;
  source: string;
}

export const stateStore: RecordStore<StateRecord> = {
  entity: 'state',
  async read(trx: Tx, id: string) {
    return trx.selectFrom('state').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async write(trx: Tx, r: StateRecord) {
    const row = { ...r, name: toJson(r.name) };
    await upsertById(trx, 'state', row);
  },
};

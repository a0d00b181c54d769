import type { RecordStore } from '../platform/audit/save-record.js';
import { upsertById } from '../platform/db/upsert.js';

export interface TermRecord {
  id: string;
  kk: string[];
  ru: string[];
  en: string[];
}

/** Glossary terms, written by packs and by the Secretariat through the audited record store. */
export const termStore: RecordStore<TermRecord> = {
  entity: 'library-term',
  async read(trx, id) {
    return trx
      .selectFrom('library_term')
      .select(['id', 'kk', 'ru', 'en'])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async write(trx, r) {
    await upsertById(trx, 'library_term', { id: r.id, kk: r.kk, ru: r.ru, en: r.en });
  },
};

import type { Selectable } from 'kysely';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Database, Tx } from '../platform/db/database.js';
import type { LibraryDocumentRow } from '../platform/db/tables.js';
import { analyzeDocument } from './analysis.js';
import { proposeSuggestions, recordVocabulary, saveAnalysis } from './document.store.js';
import { indexFields } from './index-fields.js';

export interface ReanalysisChange {
  document: string;
  title: string;
  index: boolean;
  normalization: boolean;
  dates: boolean;
  entities: boolean;
  newSuggestions: number;
  engineVersion: string;
}

/**
 * Reads a document again with the engine as it is now and replaces its analysis and index columns.
 * Decisions already taken on suggestions stay; new findings become new suggestions.
 */
export async function reindexDocument(
  trx: Tx,
  row: Selectable<LibraryDocumentRow>,
): Promise<ReanalysisChange> {
  const previous = await trx
    .selectFrom('library_analysis')
    .select(['normalized_text', 'dates', 'entities'])
    .where('document_id', '=', row.id)
    .executeTakeFirst();
  const analysis = analyzeDocument(row.text, row.language);
  const fields = indexFields(row.title, row.language, analysis);
  const updated = await trx
    .updateTable('library_document')
    .set({
      engine_version: analysis.engineVersion,
      search_vector: fields.vector,
      title_vector: fields.titleVector,
      states: fields.states,
      organizations: fields.organizations,
    })
    .where('id', '=', row.id)
    .returning('search_vector')
    .executeTakeFirstOrThrow();
  await saveAnalysis(trx, row.id, row.text, analysis);
  await recordVocabulary(trx, row.id);
  const proposed = await proposeSuggestions(trx, row.id, row.text, analysis);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const strip = (items: unknown) =>
    (items as { start: number; end: number; value?: string; id?: string }[]).map((i) => [
      i.start,
      i.end,
      i.value ?? i.id,
    ]);
  return {
    document: row.id,
    title: row.title,
    index: updated.search_vector !== row.search_vector,
    normalization: (previous?.normalized_text ?? row.text) !== analysis.normalizedText,
    dates: !same(strip(previous?.dates ?? []), strip(analysis.dates)),
    entities: !same(strip(previous?.entities ?? []), strip(analysis.entities)),
    newSuggestions: proposed.events + proposed.links,
    engineVersion: analysis.engineVersion,
  };
}

/**
 * Re-runs the analysis over the whole library, one document per transaction (a long run can be
 * stopped and started again), and reports what changed. Each changed document gets an audit entry.
 */
export async function reanalyseLibrary(
  db: Database,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ total: number; changed: ReanalysisChange[] }> {
  const ids = await db.selectFrom('library_document').select('id').orderBy('added_at').execute();
  const changed: ReanalysisChange[] = [];
  let done = 0;
  for (const { id } of ids) {
    const change = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('library_document')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const change = await reindexDocument(trx, row);
      const differs =
        change.index ||
        change.normalization ||
        change.dates ||
        change.entities ||
        change.newSuggestions > 0;
      if (differs)
        await appendAuditEntry(trx, {
          actor: 'system',
          action: 'reanalyse',
          entity: 'library-document',
          entityId: id,
          before: { engineVersion: row.engine_version },
          after: change,
        });
      return differs ? change : null;
    });
    if (change) changed.push(change);
    done += 1;
    onProgress(done, ids.length);
  }
  return { total: ids.length, changed };
}

import { sql, type RawBuilder } from 'kysely';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Actor } from '../platform/auth/actor.js';
import type { Tx } from '../platform/db/database.js';
import { toJson } from '../platform/db/json.js';
import type { DocumentLanguage, Visibility } from '../platform/db/tables.js';
import { conflict, ok, type Outcome } from '../platform/http/route.js';
import { analyzeDocument, type DocumentAnalysis } from './analysis.js';
import { indexFields } from './index-fields.js';
import { detectLanguage } from './language.js';
import type { DocumentSummary } from './library.schema.js';
import { checkReferences, setMetadataLinks } from './metadata-links.js';
import { actorKinds } from './registry-actors.js';
import { suggestEvents, suggestLinks } from './suggest.js';

/** A document ready to be filed: its text already taken from the file. */
export interface NewDocument {
  bytes: Uint8Array;
  sha256: string;
  filename: string | null;
  format: string;
  mediaType: string;
  text: string;
  title: string;
  language?: DocumentLanguage | undefined;
  date?: string | undefined;
  author?: string | undefined;
  type?: string | undefined;
  visibility?: Visibility | undefined;
  instruments?: readonly string[] | undefined;
  meetings?: readonly string[] | undefined;
}

/**
 * Files a document: stores the original and its text, analyses it, indexes it, proposes events and
 * links for a person to decide, and writes the audit entry, all in the caller's transaction.
 */
export async function storeDocument(
  trx: Tx,
  actor: Actor,
  input: NewDocument,
): Promise<Outcome<DocumentSummary>> {
  const existing = await trx
    .selectFrom('library_document')
    .select(['id', 'title'])
    .where('sha256', '=', input.sha256)
    .executeTakeFirst();
  if (existing)
    return conflict(
      'file',
      `this file is already in the library as “${existing.title}” (${existing.id})`,
    );
  const refused = await checkReferences(trx, input);
  if (refused) return refused;

  const detected = detectLanguage(input.text);
  const language = input.language ?? detected.language;
  const analysis = analyzeDocument(input.text, language);
  const fields = indexFields(input.title, language, analysis);
  const insert = trx
    .insertInto('library_document')
    .values({
      title: input.title,
      filename: input.filename,
      format: input.format,
      media_type: input.mediaType,
      size: input.bytes.length,
      sha256: input.sha256,
      original: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
      text: input.text,
      language,
      detected_language: detected.language,
      language_confidence: detected.confidence,
      date: input.date ?? null,
      author_id: input.author ?? null,
      type: input.type ?? 'other',
      visibility: input.visibility ?? 'public',
      added_by: actor.accountId,
      engine_version: analysis.engineVersion,
      search_vector: fields.vector,
      title_vector: fields.titleVector,
      states: fields.states,
      organizations: fields.organizations,
    })
    .returning(['id', 'added_at', 'search_vector']);
  // The vocabulary is taken from the vector as it is written, in the same statement: reading the
  // row back would fetch and decompress the vector again.
  const { rows } = await sql<{ id: string; added_at: string }>`
    with document as (${insert}), vocabulary as (${vocabularyOf(sql`document`)})
    select id, added_at from document`.execute(trx);
  const row = rows[0]!;
  await saveAnalysis(trx, row.id, input.text, analysis);

  await setMetadataLinks(trx, row.id, input);
  const suggested = await proposeSuggestions(trx, row.id, input.text, analysis);

  const summary: DocumentSummary = {
    id: row.id,
    title: input.title,
    filename: input.filename,
    format: input.format,
    language,
    detectedLanguage: detected.language,
    languageConfidence: detected.confidence,
    date: input.date ?? null,
    author: input.author ?? null,
    type: (input.type ?? 'other') as DocumentSummary['type'],
    visibility: input.visibility ?? 'public',
    size: input.bytes.length,
    sha256: input.sha256,
    addedAt: row.added_at,
  };
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'create',
    entity: 'library-document',
    entityId: row.id,
    before: null,
    after: {
      ...summary,
      instruments: input.instruments ?? [],
      meetings: input.meetings ?? [],
      suggestions: suggested,
      engineVersion: analysis.engineVersion,
    },
  });
  return ok(summary);
}

/** Writes (or replaces) the engine's reading of a document. */
export async function saveAnalysis(
  trx: Tx,
  documentId: string,
  text: string,
  analysis: DocumentAnalysis,
) {
  const values = {
    engine_version: analysis.engineVersion,
    normalized_text: analysis.normalizedText === text ? null : analysis.normalizedText,
    changes: toJson(analysis.changes),
    sentences: toJson(analysis.sentences),
    dates: toJson(analysis.dates),
    entities: toJson(analysis.entities),
  };
  await trx
    .insertInto('library_analysis')
    .values({ document_id: documentId, ...values })
    .onConflict((oc) =>
      oc.column('document_id').doUpdateSet({ ...values, analysed_at: sql`now()` }),
    )
    .execute();
}

/** Adds the document's lexemes to the vocabulary the typo look-up searches. */
export async function recordVocabulary(trx: Tx, documentId: string) {
  await vocabularyOf(
    sql`(select search_vector from library_document where id = ${documentId})`,
  ).execute(trx);
}

/** Inserts into the vocabulary the lexemes of `search_vector` in `source` (entities left out). */
function vocabularyOf(source: RawBuilder<unknown>) {
  return sql`
    insert into library_lexeme (lexeme)
    select distinct lexeme from ${source} as s, unnest(tsvector_to_array(s.search_vector)) as lexeme
    where left(lexeme, 1) <> '=' and length(lexeme) > 2
    on conflict do nothing`;
}

/**
 * Proposes events and links the registry can take: only actors it knows. A proposal already decided
 * (same document and key) is left as decided. Answers how many new proposals were made.
 */
export async function proposeSuggestions(
  trx: Tx,
  documentId: string,
  text: string,
  analysis: DocumentAnalysis,
): Promise<{ events: number; links: number }> {
  const events = suggestEvents(text, analysis);
  const links = suggestLinks(text, analysis);
  const mentioned = [
    ...new Set([...events.flatMap((e) => e.actors), ...links.map((l) => l.targetId)]),
  ];
  const known = await actorKinds(trx, mentioned);
  const rows = [
    ...events
      .map((e) => ({ ...e, actors: e.actors.filter((a) => known.has(a)) }))
      .filter((e) => e.actors.length > 0)
      .map((e) => ({
        document_id: documentId,
        kind: 'event' as const,
        key: e.key,
        sentence_start: e.sentence.start,
        sentence_end: e.sentence.end,
        sentence: e.sentence.text,
        date: e.date,
        actors: e.actors,
        title: e.title,
        target_kind: null,
        target_id: null,
      })),
    ...links.flatMap((l) => {
      // (the registry's own kind: the engine calls a body an organisation)
      const kind = known.get(l.targetId);
      if (!kind) return [];
      return [
        {
          document_id: documentId,
          kind: 'link' as const,
          key: l.key,
          sentence_start: l.sentence.start,
          sentence_end: l.sentence.end,
          sentence: l.sentence.text,
          date: null,
          actors: [l.targetId],
          title: l.targetId,
          target_kind: kind,
          target_id: l.targetId,
        },
      ];
    }),
  ];
  if (rows.length === 0) return { events: 0, links: 0 };
  const inserted = await trx
    .insertInto('library_suggestion')
    .values(rows)
    .onConflict((oc) => oc.columns(['document_id', 'kind', 'key']).doNothing())
    .returning('kind')
    .execute();
  return {
    events: inserted.filter((r) => r.kind === 'event').length,
    links: inserted.filter((r) => r.kind === 'link').length,
  };
}

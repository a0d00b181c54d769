import { createHash } from 'node:crypto';
import { readableDocuments } from './readable-documents.js';
import type { Selectable } from 'kysely';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Actor } from '../platform/auth/actor.js';
import { can } from '../platform/auth/policy.js';
import type { Queryable, Tx } from '../platform/db/database.js';
import type { DocumentLanguage, LibraryDocumentRow, Visibility } from '../platform/db/tables.js';
import { invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { storeDocument } from './document.store.js';
import { extractText, type ExtractLimits } from './extract/index.js';
import { libraryPolicy, type DocumentFacts } from './library.policy.js';
import { checkReferences, setMetadataLinks } from './metadata-links.js';
import type {
  DocumentDetail,
  DocumentList,
  DocumentMetadataBody,
  DocumentSummary,
  UploadDocumentQuery,
} from './library.schema.js';
import { reindexDocument } from './reanalyse.js';
import { actorKinds } from './registry-actors.js';
import { listSuggestions } from './suggestion.use-cases.js';

/** Files a document from its bytes: the kind is judged by content, the text taken out, then filed. */
export async function addDocument(
  trx: Tx,
  actor: Actor,
  query: UploadDocumentQuery,
  bytes: Uint8Array,
  limits: Partial<ExtractLimits> = {},
): Promise<Outcome<DocumentSummary>> {
  const extracted = await extractText(bytes, limits);
  if ('refused' in extracted) return invalid('file', extracted.refused);
  return storeDocument(trx, actor, {
    ...query,
    bytes,
    sha256: sha256(bytes),
    filename: query.name,
    format: extracted.format,
    mediaType: extracted.mediaType,
    text: extracted.text,
    title: query.title ?? extracted.title ?? titleFromName(query.name),
  });
}

/** A document given as text (the benchmark's corpus, tests): stored as a UTF-8 .txt original. */
export async function addTextDocument(
  trx: Tx,
  actor: Actor,
  input: {
    title: string;
    text: string;
    language?: DocumentLanguage;
    visibility?: Visibility;
    type?: string;
    date?: string;
    author?: string;
  },
): Promise<Outcome<DocumentSummary>> {
  const bytes = new TextEncoder().encode(input.text);
  return storeDocument(trx, actor, {
    ...input,
    bytes,
    sha256: sha256(bytes),
    filename: null,
    format: 'txt',
    mediaType: 'text/plain; charset=utf-8',
  });
}

export async function getDocument(
  trx: Queryable,
  actor: Actor,
  id: string,
): Promise<Outcome<DocumentDetail>> {
  const found = await readableDocument(trx, actor, id);
  if (!found) return notFound('id', `no document ${id}`);
  const { row, facts } = found;
  const analysis = await trx
    .selectFrom('library_analysis')
    .selectAll()
    .where('document_id', '=', id)
    .executeTakeFirstOrThrow();
  const links = await trx
    .selectFrom('library_document_link')
    .select(['target_kind', 'target_id', 'source'])
    .where('document_id', '=', id)
    .orderBy('target_kind')
    .orderBy('target_id')
    .execute();
  const decide = can(libraryPolicy, actor, 'decide', facts);
  const suggestions = decide
    ? await listSuggestions(trx, actor, { document: id, limit: 500, offset: 0 })
    : undefined;
  // jsonb columns come back as parsed JSON, written by saveAnalysis in these shapes.
  type Reading = DocumentDetail['analysis'];
  type Found = Omit<Reading['entities'][number], 'registry'>;
  const entities = analysis.entities as Found[];
  // (asked at reading time: the registry may have grown since the document was analysed)
  const kinds = await actorKinds(trx, [...new Set(entities.map((e) => e.id))]);
  return ok({
    ...summaryOf(row),
    text: row.text,
    analysis: {
      engineVersion: analysis.engine_version,
      normalizedText: analysis.normalized_text ?? row.text,
      changes: analysis.changes as Reading['changes'],
      sentences: analysis.sentences as Reading['sentences'],
      dates: analysis.dates as Reading['dates'],
      entities: entities.map((e) => ({ ...e, registry: kinds.get(e.id) ?? null })),
    },
    links: links.map((l) => ({ kind: l.target_kind, id: l.target_id, source: l.source })),
    suggestions: suggestions && 'ok' in suggestions ? suggestions.ok.items : [],
    abilities: { edit: can(libraryPolicy, actor, 'edit', facts), decide },
  });
}

/** The file exactly as it was filed, with what is known of it. */
export async function getOriginal(
  trx: Queryable,
  actor: Actor,
  id: string,
): Promise<Outcome<DocumentSummary & { content: Buffer }>> {
  const found = await readableDocument(trx, actor, id);
  if (!found) return notFound('id', `no document ${id}`);
  return ok({ ...summaryOf(found.row), content: found.row.original });
}

/** The newest documents the actor may read. */
export async function listDocuments(
  trx: Queryable,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<Outcome<DocumentList>> {
  const visible = readableDocuments(trx, actor);
  const { total } = await visible
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await visible
    .select(SUMMARY_COLUMNS)
    .orderBy('added_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return ok({ items: rows.map(summaryOf), total: Number(total), ...page });
}

/** Corrects what was said about a document; a new title or language re-indexes it. */
export async function updateMetadata(
  trx: Tx,
  actor: Actor,
  id: string,
  body: DocumentMetadataBody,
): Promise<Outcome<DocumentSummary>> {
  const found = await readableDocument(trx, actor, id);
  if (!found || !can(libraryPolicy, actor, 'edit', found.facts))
    return notFound('id', `no document ${id}`);
  const before = summaryOf(found.row);
  const refused = await checkReferences(trx, body);
  if (refused) return refused;
  const row = await trx
    .updateTable('library_document')
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.language !== undefined ? { language: body.language } : {}),
      ...(body.date !== undefined ? { date: body.date } : {}),
      ...(body.author !== undefined ? { author_id: body.author } : {}),
      ...(body.type !== undefined ? { type: body.type } : {}),
      ...(body.visibility !== undefined ? { visibility: body.visibility } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (body.title !== undefined || body.language !== undefined) await reindexDocument(trx, row);
  await setMetadataLinks(trx, id, body);
  const after = { ...summaryOf(row), instruments: body.instruments, meetings: body.meetings };
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'update',
    entity: 'library-document',
    entityId: id,
    before,
    after,
  });
  return ok(summaryOf(row));
}

/** The document if the actor may read it; absent otherwise (forbidden and missing look the same). */
export async function readableDocument(trx: Queryable, actor: Actor, id: string) {
  const row = await trx
    .selectFrom('library_document')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const facts: DocumentFacts = { visibility: row.visibility, addedBy: row.added_by };
  return can(libraryPolicy, actor, 'read', facts) ? { row, facts } : undefined;
}

/** The columns a summary needs (not the original nor its text). */
export const SUMMARY_COLUMNS = [
  'id',
  'title',
  'filename',
  'format',
  'language',
  'detected_language',
  'language_confidence',
  'date',
  'author_id',
  'type',
  'visibility',
  'size',
  'sha256',
  'added_at',
] as const;

export function summaryOf(
  row: Pick<Selectable<LibraryDocumentRow>, (typeof SUMMARY_COLUMNS)[number]>,
): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    filename: row.filename,
    format: row.format,
    language: row.language,
    detectedLanguage: row.detected_language,
    languageConfidence: row.language_confidence,
    date: row.date,
    author: row.author_id,
    type: row.type as DocumentSummary['type'],
    visibility: row.visibility,
    size: row.size,
    sha256: row.sha256,
    addedAt: row.added_at,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `Almaty_declaration-2022.docx` → `Almaty declaration 2022`. */
function titleFromName(name: string): string {
  return (
    name
      .replace(/\.[a-z0-9]{1,5}$/i, '')
      .replace(/[_-]+/g, ' ')
      .trim() || name
  );
}

import type { Tx } from '../platform/db/database.js';
import { invalid, type Refusal } from '../platform/http/route.js';
import { knownActors } from './registry-actors.js';

export interface MetadataReferences {
  author?: string | undefined;
  instruments?: readonly string[] | undefined;
  meetings?: readonly string[] | undefined;
}

const LINK_KINDS = [
  ['instruments', 'instrument'],
  ['meetings', 'event'],
] as const;

/** The registry entries a filer names must exist: a refusal names the field that does not. */
export async function checkReferences(
  trx: Tx,
  refs: MetadataReferences,
): Promise<Refusal | undefined> {
  if (refs.author && !(await knownActors(trx, [refs.author])).has(refs.author))
    return invalid('author', `no state, organisation or body ${refs.author}`);
  for (const [field, table] of LINK_KINDS) {
    const ids = refs[field] ?? [];
    if (ids.length === 0) continue;
    const found = await trx.selectFrom(table).select('id').where('id', 'in', ids).execute();
    const missing = ids.filter((id) => !found.some((f) => f.id === id));
    if (missing.length > 0) return invalid(field, `not in the registry: ${missing.join(', ')}`);
  }
  return undefined;
}

/**
 * Sets the instruments and meetings a filer links a document to. A list given replaces the
 * filer's links of that kind; links confirmed from suggestions stay.
 */
export async function setMetadataLinks(trx: Tx, documentId: string, refs: MetadataReferences) {
  for (const [field, kind] of LINK_KINDS) {
    const ids = refs[field];
    if (ids === undefined) continue;
    await trx
      .deleteFrom('library_document_link')
      .where('document_id', '=', documentId)
      .where('target_kind', '=', kind)
      .where('source', '=', 'metadata')
      .execute();
    if (ids.length > 0)
      await trx
        .insertInto('library_document_link')
        .values(
          ids.map((id) => ({
            document_id: documentId,
            target_kind: kind,
            target_id: id,
            source: 'metadata' as const,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
}

import { GAZETTEER } from '@senim/kazakh';

/** The organisation of each body the engine finds (CICA-SUMMIT → CICA), from its gazetteer. */
const PARENT: ReadonlyMap<string, string> = new Map(
  GAZETTEER.flatMap((e) => (e.parent ? [[e.id, e.parent] as const] : [])),
);

/**
 * The organisations and bodies a text names, with the organisation of every body added after it:
 * a body's name holds its organisation's (`АӨСШК саммиті`, `Саммит СВМДА`), and the engine gives
 * the longest name only, so without this a document about the CICA Summit would not be found
 * among CICA's documents.
 */
export function withParents(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    const parent = PARENT.get(id);
    if (parent) out.add(parent);
  }
  return [...out];
}

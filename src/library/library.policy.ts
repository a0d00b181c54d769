import { isSecretariat, type Actor } from '../platform/auth/actor.js';
import { anyone, type PolicyTable } from '../platform/auth/policy.js';
import type { Visibility } from '../platform/db/tables.js';

/** What the rules about one document look at. Absent for actions on the library as a whole. */
export interface DocumentFacts {
  visibility: Visibility;
  addedBy: string | null;
}

/** People of member states: focal points and contributors (observers are not members). */
const memberStatePerson = (actor: Actor) =>
  actor.role === 'focal-point' || actor.role === 'contributor';

/** The visibilities an actor may read; the search filters by this list in SQL. */
export function visibleTo(actor: Actor): Visibility[] {
  if (isSecretariat(actor)) return ['public', 'members', 'secretariat'];
  if (memberStatePerson(actor)) return ['public', 'members'];
  return ['public'];
}

/**
 * The library. Everyone searches what they may read: the public sees public documents, member
 * states also those for members, the Secretariat everything (and what one filed themselves).
 * The Secretariat and member states file documents; the Secretariat turns suggestions into the
 * record and keeps the glossary.
 */
export const libraryPolicy: PolicyTable<
  DocumentFacts | undefined,
  'search' | 'read' | 'add' | 'edit' | 'decide' | 'manage-glossary'
> = {
  search: anyone,
  read: (actor, d) =>
    d === undefined ||
    visibleTo(actor).includes(d.visibility) ||
    (d.addedBy !== null && d.addedBy === actor.accountId),
  add: (actor) => isSecretariat(actor) || memberStatePerson(actor),
  edit: (actor, d) =>
    isSecretariat(actor) ||
    (d === undefined
      ? memberStatePerson(actor)
      : memberStatePerson(actor) && d.addedBy !== null && d.addedBy === actor.accountId),
  decide: isSecretariat,
  'manage-glossary': isSecretariat,
};

import { isSecretariat, type Actor } from '../platform/auth/actor.js';
import { anyone, type PolicyTable } from '../platform/auth/policy.js';
import type { ReportStatus, Visibility } from '../platform/db/tables.js';

/** What the rules about a report look at. Absent for actions on the collection. */
export interface ReportFacts {
  state: string;
  status: ReportStatus;
  visibility: Visibility;
}

const ownState = (actor: Actor, r: ReportFacts | undefined) =>
  r !== undefined &&
  (actor.role === 'focal-point' || actor.role === 'contributor') &&
  actor.stateId === r.state;
/** People of member states: focal points and contributors (observers are not members). */
const memberStatePerson = (actor: Actor) =>
  actor.role === 'focal-point' || actor.role === 'contributor';

/**
 * National reports. A state's drafts are its own (and the Secretariat's, who may enter data on its
 * behalf); what it submits is seen as widely as it chose: everyone, member states, or the Secretariat.
 */
export const reportPolicy: PolicyTable<
  ReportFacts | undefined,
  | 'list'
  | 'read-draft'
  | 'edit-draft'
  | 'submit'
  | 'read-submitted'
  | 'review'
  | 'manage-cycles'
  | 'remind'
  | 'see-due'
> = {
  list: anyone,
  'read-draft': (actor, r) => isSecretariat(actor) || ownState(actor, r),
  // Without a report (a new one) the edge lets any state person through; the use case checks the state.
  'edit-draft': (actor, r) =>
    isSecretariat(actor) || (r === undefined ? memberStatePerson(actor) : ownState(actor, r)),
  submit: (actor, r) =>
    isSecretariat(actor) ||
    (r === undefined
      ? actor.role === 'focal-point'
      : ownState(actor, r) && actor.role === 'focal-point'),
  'read-submitted': (actor, r) =>
    r === undefined ||
    isSecretariat(actor) ||
    ownState(actor, r) ||
    r.visibility === 'public' ||
    (r.visibility === 'members' && memberStatePerson(actor)),
  review: (actor, r) => isSecretariat(actor) && (r === undefined || r.status === 'submitted'),
  'manage-cycles': isSecretariat,
  remind: isSecretariat,
  'see-due': (actor) => isSecretariat(actor) || memberStatePerson(actor),
};

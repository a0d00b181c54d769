import { isSecretariat, type Actor } from '../platform/auth/actor.js';
import { anyone, type PolicyTable } from '../platform/auth/policy.js';
import type { PlanStatus } from '../platform/db/tables.js';

export interface PlanFacts {
  state: string;
  status: PlanStatus;
}

const ownState = (actor: Actor, p: PlanFacts | undefined) =>
  (actor.role === 'focal-point' || actor.role === 'contributor') &&
  (p === undefined || actor.stateId === p.state);
const editable = (p: PlanFacts | undefined) =>
  p === undefined || p.status === 'draft' || p.status === 'returned';

/**
 * Concept papers and action plans: the coordinating state drafts them, its focal point submits,
 * the Secretariat records the SOC's approval or returns them. Approved plans are public.
 */
export const planPolicy: PolicyTable<
  PlanFacts | undefined,
  'list' | 'read' | 'edit' | 'submit' | 'decide' | 'record-coordinator' | 'choose-state'
> = {
  list: anyone,
  read: (actor, p) =>
    p === undefined || p.status === 'approved' || isSecretariat(actor) || ownState(actor, p),
  edit: (actor, p) => editable(p) && (isSecretariat(actor) || ownState(actor, p)),
  submit: (actor, p) =>
    editable(p) && (isSecretariat(actor) || (actor.role === 'focal-point' && ownState(actor, p))),
  decide: (actor, p) => isSecretariat(actor) && (p === undefined || p.status === 'submitted'),
  'record-coordinator': isSecretariat,
  /** Write for any state (the Secretariat), rather than for one's own. */
  'choose-state': isSecretariat,
};

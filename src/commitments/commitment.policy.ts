import { isSecretariat } from '../platform/auth/actor.js';
import { anyone, type PolicyTable } from '../platform/auth/policy.js';

/** Which measures a state implements is public; its focal point (or the Secretariat) declares them. */
export const commitmentPolicy: PolicyTable<
  { state: string } | undefined,
  'read' | 'declare' | 'choose-state'
> = {
  read: anyone,
  declare: (actor, c) =>
    isSecretariat(actor) ||
    (actor.role === 'focal-point' && (c === undefined || c.state === actor.stateId)),
  /** Declare for any state (the Secretariat), rather than for one's own. */
  'choose-state': isSecretariat,
};

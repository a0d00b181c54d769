import { isSecretariat, type Actor } from '../platform/auth/actor.js';
import { anyone, signedIn, type PolicyTable } from '../platform/auth/policy.js';

const admin = (actor: Actor) => actor.role === 'admin';

/** Who may do what with accounts and sessions. */
export const accountPolicy: PolicyTable<
  unknown,
  'sign-in' | 'read-session' | 'sign-out' | 'manage-own' | 'invite' | 'list' | 'accept-invitation'
> = {
  'sign-in': anyone,
  'read-session': anyone,
  'accept-invitation': anyone,
  'sign-out': signedIn,
  'manage-own': signedIn,
  invite: admin,
  list: isSecretariat,
};

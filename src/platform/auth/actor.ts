import type { AccountRole } from '../db/tables.js';

/**
 * Who is asking. Every request has an actor: an account with its role (and the state or
 * organisation it acts for), or the anonymous public.
 */
export type Role = AccountRole | 'public';

export const ROLES: readonly Role[] = [
  'admin',
  'officer',
  'focal-point',
  'contributor',
  'observer',
  'public',
];

export interface Actor {
  readonly role: Role;
  readonly accountId: string | null;
  /** The state a focal point, contributor or observer state acts for. */
  readonly stateId: string | null;
  /** The organisation an observer organisation's account acts for. */
  readonly organizationId: string | null;
}

export const PUBLIC: Actor = Object.freeze({
  role: 'public',
  accountId: null,
  stateId: null,
  organizationId: null,
});

/** The Secretariat: administrators and officers. */
export const isSecretariat = (actor: Actor) => actor.role === 'admin' || actor.role === 'officer';

import type { Actor } from './actor.js';

/**
 * A policy table: for each action of a domain, who may do it to a resource (which may be absent for
 * actions on a collection). Rules can read the resource's state (a draft, a submitted report).
 * Each domain module declares one; the answers travel with the data as `abilities`, so the web app
 * never repeats the rules.
 */
export type Rule<R> = (actor: Actor, resource: R) => boolean;
export type PolicyTable<R, A extends string = string> = { readonly [K in A]: Rule<R> };

export function can<R, A extends string>(
  policy: PolicyTable<R, A>,
  actor: Actor,
  action: A,
  resource: R,
): boolean {
  return policy[action](actor, resource);
}

/** Every action of a policy answered for one actor and resource: what the UI may offer. */
export function abilities<R, A extends string>(
  policy: PolicyTable<R, A>,
  actor: Actor,
  resource: R,
): Record<A, boolean> {
  return Object.fromEntries(
    Object.entries(policy).map(([action, rule]) => [action, (rule as Rule<R>)(actor, resource)]),
  ) as Record<A, boolean>;
}

/** Rules that do not depend on who asks. */
export const anyone: Rule<unknown> = () => true;
export const signedIn: Rule<unknown> = (actor) => actor.accountId !== null;
export const nobody: Rule<unknown> = () => false;

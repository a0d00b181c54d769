import type { Actor } from '../platform/auth/actor.js';
import { abilities } from '../platform/auth/policy.js';
import { commitmentPolicy } from '../commitments/commitment.policy.js';
import { libraryPolicy } from '../library/library.policy.js';
import { planPolicy } from '../plans/plan.policy.js';
import { reportPolicy } from '../reports/report.policy.js';

/**
 * What the caller may do in each module before choosing a record (open a cycle, write a plan,
 * declare for any state): the policy tables' answers, sent with the session so the web app shows
 * the right actions without knowing the rules.
 */
export function moduleAbilities(actor: Actor): Record<string, Record<string, boolean>> {
  return {
    reports: abilities(reportPolicy, actor, undefined),
    plans: abilities(planPolicy, actor, undefined),
    commitments: abilities(commitmentPolicy, actor, undefined),
    library: abilities(libraryPolicy, actor, undefined),
  };
}

import type { PLAN_STATUSES } from '../../../../src/plans/plan.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** A plan's status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: (typeof PLAN_STATUSES)[number] }) {
  const { t } = useI18n();
  return <span className={`badge plan-status plan-status--${status}`}>{t.planStatus[status]}</span>;
}

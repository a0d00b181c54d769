import type { CycleReports } from '../../../../src/reports/report.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Status = CycleReports['items'][number]['status'];

/** A symbol for each status, so it is never told by colour alone. */
const SYMBOL: Readonly<Record<Status, string>> = {
  draft: '✎',
  submitted: '➜',
  returned: '↩',
  accepted: '✓',
  missing: '!',
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`report-status report-status--${status}`}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {t.reportStatus[status]}
    </span>
  );
}

export function OnBehalfBadge() {
  const { t } = useI18n();
  return <span className="badge badge--on-behalf">{t.reportView.onBehalf}</span>;
}

import type { Actor } from '../../src/platform/auth/actor.js';
import { createCycle } from '../../src/reports/cycle.use-cases.js';
import { saveDraft, submitReport } from '../../src/reports/report.use-cases.js';
import type { ReportContent } from '../../src/reports/report.schema.js';
import type { TestApp } from './test-app.js';

const SECRETARIAT: Actor = { role: 'admin', accountId: null, stateId: null, organizationId: null };
let counter = 0;

function unwrap<T>(outcome: { ok: T } | { refused: string; message: string }): T {
  if ('refused' in outcome) throw new Error(`${outcome.refused}: ${outcome.message}`);
  return outcome.ok;
}

/** A reporting cycle of CICA covering all five dimensions. */
export async function buildCycle(t: TestApp, overrides: { id?: string; year?: number } = {}) {
  counter += 1;
  const id = overrides.id ?? `test-cycle-${counter}`;
  return t.app.database.db.transaction().execute(async (trx) =>
    unwrap(
      await createCycle(trx, SECRETARIAT, {
        id,
        organization: 'CICA',
        year: overrides.year ?? 2026,
        title: {
          kk: `Сынақ кезеңі ${counter}`,
          ru: `Тестовый цикл ${counter}`,
          en: `Test cycle ${counter}`,
        },
        opensOn: '2026-01-15',
        deadline: '2026-11-30',
        dimensions: [
          'military-political',
          'new-challenges-and-threats',
          'economic',
          'environmental',
          'human',
        ],
      }),
    ),
  );
}

export const SAMPLE_CONTENT: ReportContent = {
  nilReturn: false,
  note: '',
  entries: [
    {
      measure: 'military-visits',
      nil: false,
      done: 'Exchange of visits of defence college delegations',
      when: '2026-05',
      partners: 'TUR, AZE',
      outcomes: 'Two visits',
    },
  ],
};

/** A state's report in a cycle: drafted, and submitted when asked (by the Secretariat on its behalf). */
export async function buildReport(
  t: TestApp,
  options: {
    cycle: string;
    state: string;
    visibility?: 'public' | 'members' | 'secretariat';
    submitted?: boolean;
    content?: ReportContent;
  },
) {
  return t.app.database.db.transaction().execute(async (trx) => {
    const report = unwrap(
      await saveDraft(trx, SECRETARIAT, options.cycle, options.state, {
        content: options.content ?? SAMPLE_CONTENT,
        visibility: options.visibility ?? 'secretariat',
        revision: 0,
      }),
    );
    return options.submitted
      ? unwrap(await submitReport(trx, SECRETARIAT, report.id, undefined))
      : report;
  });
}

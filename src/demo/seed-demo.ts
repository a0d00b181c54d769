import type { Database, Tx } from '../platform/db/database.js';
import type { Actor } from '../platform/auth/actor.js';
import type { AccountRole } from '../platform/db/tables.js';
import type { Outcome } from '../platform/http/route.js';
import { createAccount } from '../accounts/account.use-cases.js';
import { declareCommitments } from '../commitments/commitment.use-cases.js';
import { createCycle } from '../reports/cycle.use-cases.js';
import { reviewReport, saveDraft, submitReport } from '../reports/report.use-cases.js';
import { decidePlan, savePlan } from '../plans/plan.use-cases.js';
import { addTextDocument } from '../library/document.use-cases.js';
import { DEMO_DOCUMENTS } from './demo-library.js';
import { CHN_2025, KAZ_2025, KAZ_2026_DRAFT, MORE_REPORTS, TUR_REPORT } from './demo-content.js';

/** Every demo account shares this password; the README lists the accounts. Demo mode only. */
export const DEMO_PASSWORD = 'senim-demo-2026';

export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  role: AccountRole;
  state: string | null;
}[] = [
  { email: 'admin@demo.senim.kz', name: 'Әйгерім Сәрсенова', role: 'admin', state: null },
  { email: 'officer@demo.senim.kz', name: 'Дмитрий Ковалёв', role: 'officer', state: null },
  {
    email: 'focal.kaz@demo.senim.kz',
    name: 'Нұрлан Жақсыбеков',
    role: 'focal-point',
    state: 'KAZ',
  },
  {
    email: 'contributor.kaz@demo.senim.kz',
    name: 'Мадина Оспанова',
    role: 'contributor',
    state: 'KAZ',
  },
  { email: 'focal.tur@demo.senim.kz', name: 'Elif Yılmaz', role: 'focal-point', state: 'TUR' },
  { email: 'focal.chn@demo.senim.kz', name: 'Ли Вэй', role: 'focal-point', state: 'CHN' },
  { email: 'observer.jpn@demo.senim.kz', name: 'Sato Haruki', role: 'observer', state: 'JPN' },
];

const ALL_DIMENSIONS = [
  'military-political',
  'new-challenges-and-threats',
  'economic',
  'environmental',
  'human',
];

function must<T>(outcome: Outcome<T>): T {
  if ('refused' in outcome) throw new Error(`demo data: ${outcome.field}: ${outcome.message}`);
  return outcome.ok;
}

/**
 * The demo: accounts of each role, a closed 2025 cycle and an open 2026 one with reports in every
 * state of the cycle (draft, submitted, returned, accepted, on the state's behalf), commitments, and
 * approved and pending plans. Seeded once; a second start finds it and changes nothing.
 */
export async function seedDemo(db: Database): Promise<'seeded' | 'present'> {
  return db.transaction().execute(async (trx) => {
    const present = await trx
      .selectFrom('account')
      .select('id')
      .where('email', '=', DEMO_ACCOUNTS[0]!.email)
      .executeTakeFirst();
    if (present) return 'present';
    const actors = new Map<string, Actor>();
    for (const a of DEMO_ACCOUNTS) {
      const view = await createAccount(trx, 'demo', {
        ...a,
        organization: null,
        password: DEMO_PASSWORD,
      });
      actors.set(a.email.split('@')[0]!, {
        role: a.role,
        accountId: view.id,
        stateId: a.state,
        organizationId: null,
      });
    }
    const as = (name: string) => actors.get(name)!;
    await seedCycles(trx, as);
    await seedMoreReports(trx, as);
    await seedPlans(trx, as);
    await seedLibrary(trx, as);
    return 'seeded';
  });
}

async function seedCycles(trx: Tx, as: (name: string) => Actor) {
  const officer = as('officer');
  for (const year of [2025, 2026]) {
    must(
      await createCycle(trx, officer, {
        id: `cica-${year}`,
        organization: 'CICA',
        year,
        title: {
          kk: `АӨСШК сенім шаралары бойынша ${year} жылғы ұлттық баяндамалар`,
          ru: `Национальные доклады о мерах доверия СВМДА за ${year} год`,
          en: `CICA national reports on CBMs, ${year}`,
        },
        opensOn: `${year}-01-15`,
        deadline: `${year}-11-30`,
        dimensions: ALL_DIMENSIONS,
      }),
    );
  }
  for (const [who, state, year, measures] of [
    ['focal.kaz', 'KAZ', 2025, ['military-visits', 'military-cv-exchange']],
    ['focal.kaz', 'KAZ', 2026, ['military-visits', 'military-cv-exchange', 'military-invitations']],
    ['focal.tur', 'TUR', 2026, ['military-invitations']],
    ['focal.chn', 'CHN', 2025, ['military-visits']],
  ] as const) {
    must(await declareCommitments(trx, as(who), state, year, [...measures], null));
  }
  // 2025: Kazakhstan returned once, corrected and accepted (public); China submitted for members only.
  const kaz = must(
    await saveDraft(trx, as('contributor.kaz'), 'cica-2025', 'KAZ', {
      content: { ...KAZ_2025, entries: KAZ_2025.entries.slice(0, 1) },
      visibility: 'public',
      revision: 0,
    }),
  );
  must(await submitReport(trx, as('focal.kaz'), kaz.id, undefined));
  must(
    await reviewReport(
      trx,
      as('officer'),
      kaz.id,
      'returned',
      'Please say whether CVs of senior officers were exchanged.',
    ),
  );
  must(
    await saveDraft(trx, as('focal.kaz'), 'cica-2025', 'KAZ', {
      content: KAZ_2025,
      visibility: 'public',
      revision: kaz.draft!.revision,
    }),
  );
  must(
    await submitReport(
      trx,
      as('focal.kaz'),
      kaz.id,
      'Added the exchange of CVs (nothing to report this year).',
    ),
  );
  must(await reviewReport(trx, as('officer'), kaz.id, 'accepted', null));
  const chn = must(
    await saveDraft(trx, as('focal.chn'), 'cica-2025', 'CHN', {
      content: CHN_2025,
      visibility: 'members',
      revision: 0,
    }),
  );
  must(await submitReport(trx, as('focal.chn'), chn.id, undefined));
  // 2026: Türkiye submitted (public); Azerbaijan's nil return entered by the Secretariat; Kazakhstan still drafting.
  const tur = must(
    await saveDraft(trx, as('focal.tur'), 'cica-2026', 'TUR', {
      content: TUR_REPORT,
      visibility: 'public',
      revision: 0,
    }),
  );
  must(await submitReport(trx, as('focal.tur'), tur.id, undefined));
  const aze = must(
    await saveDraft(trx, as('officer'), 'cica-2026', 'AZE', {
      content: { nilReturn: true, entries: [], note: 'Nil return received by note verbale.' },
      visibility: 'public',
      revision: 0,
    }),
  );
  must(await submitReport(trx, as('officer'), aze.id, undefined));
  must(
    await saveDraft(trx, as('contributor.kaz'), 'cica-2026', 'KAZ', {
      content: KAZ_2026_DRAFT,
      visibility: 'public',
      revision: 0,
    }),
  );
}

/** Reports the Secretariat entered from notes verbales, on the states' behalf, published and accepted. */
async function seedMoreReports(trx: Tx, as: (name: string) => Actor) {
  for (const { state, year, content } of MORE_REPORTS) {
    const report = must(
      await saveDraft(trx, as('officer'), `cica-${year}`, state, {
        content,
        visibility: 'public',
        revision: 0,
      }),
    );
    must(await submitReport(trx, as('officer'), report.id, undefined));
    must(await reviewReport(trx, as('officer'), report.id, 'accepted', null));
  }
}

async function seedPlans(trx: Tx, as: (name: string) => Actor) {
  const plan = must(
    await savePlan(trx, as('focal.kaz'), null, {
      kind: 'action-plan',
      area: 'military-contacts-and-information',
      state: 'KAZ',
      title: 'Әскери байланыстар бойынша 2026–2028 жылдарға арналған іс-шаралар жоспары',
      body: 'Қорғаныс оқу орындары арасындағы сапарлар мен тәжірибе алмасу.',
      startsYear: 2026,
      endsYear: 2028,
      activities: [
        {
          title: 'Қорғаныс оқу орындары басшыларының кездесуі',
          startsOn: '2026-05-12',
          endsOn: '2026-05-14',
          venue: 'Алматы',
          organisers: 'Қазақстан',
          participants: 'Қырғызстан, Тәжікстан, Өзбекстан',
        },
        {
          title: 'Әскери-саяси өлшем бойынша сарапшылар кеңесі',
          startsOn: '2026-09-22',
          endsOn: '2026-09-23',
          venue: 'Астана',
          organisers: 'Қазақстан, Түркия',
          participants: 'Мүше мемлекеттердің сарапшылары',
        },
      ],
      revision: 0,
    }),
  );
  must(await decidePlan(trx, as('focal.kaz'), plan.id, { to: 'submitted' }));
  must(
    await decidePlan(trx, as('officer'), plan.id, {
      to: 'approved',
      socMeeting: 'SOC, Astana, 2025-12-10',
    }),
  );
  const concept = must(
    await savePlan(trx, as('focal.tur'), null, {
      kind: 'concept-paper',
      area: 'terrorism-and-extremism',
      state: 'TUR',
      title: 'Concept paper on cooperation against terrorism and extremism',
      body: 'Priorities: exchange of information on terrorist financing; joint training of law-enforcement officers.',
      startsYear: 2026,
      endsYear: 2029,
      activities: [],
      revision: 0,
    }),
  );
  must(await decidePlan(trx, as('focal.tur'), concept.id, { to: 'submitted' }));
}

async function seedLibrary(trx: Tx, as: (name: string) => Actor) {
  for (const { by, ...document } of DEMO_DOCUMENTS)
    must(await addTextDocument(trx, as(by), document));
}

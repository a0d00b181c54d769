import type { Plan } from '../../../../src/plans/plan.schema.js';
import type { PLAN_KINDS } from '../../../../src/plans/plan.schema.js';
import type { Messages } from '../../i18n/kk.js';
import type { Problems } from '../../components/form-problems.js';

export interface ActivityDraft {
  /** Only for React's keys: rows are added and removed. */
  key: number;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  organisers: string;
  participants: string;
}

/** What the plan form holds: years as typed, so a half-typed year is not lost. */
export interface PlanDraft {
  kind: (typeof PLAN_KINDS)[number];
  area: string;
  state: string;
  title: string;
  body: string;
  startsYear: string;
  endsYear: string;
  activities: ActivityDraft[];
  revision: number;
}

export const ACTIVITY_FIELDS = [
  'title',
  'startsOn',
  'endsOn',
  'venue',
  'organisers',
  'participants',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

let nextKey = 0;
export function emptyActivity(): ActivityDraft {
  nextKey += 1;
  return {
    key: nextKey,
    title: '',
    startsOn: '',
    endsOn: '',
    venue: '',
    organisers: '',
    participants: '',
  };
}

export function newDraft(state: string, year: number): PlanDraft {
  return {
    kind: 'action-plan',
    area: '',
    state,
    title: '',
    body: '',
    startsYear: String(year),
    endsYear: String(year + 2),
    activities: [],
    revision: 0,
  };
}

export function draftOf(plan: Plan): PlanDraft {
  return {
    kind: plan.kind,
    area: plan.area,
    state: plan.state,
    title: plan.title,
    body: plan.body,
    startsYear: String(plan.startsYear),
    endsYear: String(plan.endsYear),
    activities: plan.activities.map((a) => ({
      ...emptyActivity(),
      ...a,
      key: emptyActivity().key,
    })),
    revision: plan.revision,
  };
}

/** The body of POST /api/plans and PUT /api/plans/{id}. */
export function bodyOf(draft: PlanDraft) {
  return {
    kind: draft.kind,
    area: draft.area,
    state: draft.state,
    title: draft.title.trim(),
    body: draft.body,
    startsYear: Number(draft.startsYear),
    endsYear: Number(draft.endsYear),
    activities: draft.activities.map(({ key: _key, ...activity }) => activity),
    revision: draft.revision,
  };
}

/** Every field name of the form in its order, so the first problem gets the focus. */
export function fieldOrder(draft: PlanDraft): string[] {
  return [
    'state',
    'kind',
    'area',
    'title',
    'body',
    'startsYear',
    'endsYear',
    ...draft.activities.flatMap((_, i) => ACTIVITY_FIELDS.map((f) => `activities.${i}.${f}`)),
  ];
}

/** The mistakes the form can see before asking the server; the server checks everything again. */
export function checkDraft(draft: PlanDraft, t: Messages): Problems<string> {
  const problems: Problems<string> = {};
  const required = { text: t.planForm.required };
  if (!draft.state) problems['state'] = required;
  if (!draft.area) problems['area'] = required;
  if (!draft.title.trim()) problems['title'] = required;
  if (!/^\d{4}$/.test(draft.startsYear)) problems['startsYear'] = required;
  if (!/^\d{4}$/.test(draft.endsYear)) problems['endsYear'] = required;
  else if (Number(draft.endsYear) < Number(draft.startsYear))
    problems['endsYear'] = { text: t.planForm.endsBefore };
  draft.activities.forEach((a, i) => {
    if (!a.title.trim()) problems[`activities.${i}.title`] = required;
    if (!a.startsOn) problems[`activities.${i}.startsOn`] = required;
    if (!a.endsOn) problems[`activities.${i}.endsOn`] = required;
    else if (a.startsOn && a.endsOn < a.startsOn)
      problems[`activities.${i}.endsOn`] = { text: t.planForm.endsBefore };
  });
  return problems;
}

import { z } from 'zod';
import { Slug, StateId } from '../platform/ids.js';
import { FullDate, PartialDate } from '../platform/partial-date.js';

export const PLAN_KINDS = ['concept-paper', 'action-plan'] as const;
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
const Year = z.number().int().min(1990).max(2100);

export const Activity = z
  .strictObject({
    title: z.string().trim().min(1, 'required').max(300),
    startsOn: FullDate,
    endsOn: FullDate,
    venue: z.string().trim().max(300).default(''),
    organisers: z.string().trim().max(500).default(''),
    participants: z.string().trim().max(1000).default(''),
  })
  .refine((a) => a.endsOn >= a.startsOn, { path: ['endsOn'], message: 'ends before it starts' });
export type Activity = z.infer<typeof Activity>;

export const PlanBody = z
  .strictObject({
    kind: z.enum(PLAN_KINDS),
    area: Slug.describe('The priority area the state coordinates'),
    state: StateId,
    title: z.string().trim().min(1, 'required').max(300),
    body: z.string().max(50_000).default(''),
    startsYear: Year,
    endsYear: Year,
    activities: z.array(Activity).max(200).default([]),
    revision: z.number().int().min(0).describe('The revision edited; 0 for a new plan'),
  })
  .refine((p) => p.endsYear >= p.startsYear, {
    path: ['endsYear'],
    message: 'ends before it starts',
  });
export type PlanBody = z.infer<typeof PlanBody>;

export const Plan = z.object({
  id: z.string(),
  kind: z.enum(PLAN_KINDS),
  area: z.string(),
  state: StateId,
  title: z.string(),
  body: z.string(),
  startsYear: z.number().int(),
  endsYear: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  revision: z.number().int(),
  socMeeting: z.string().nullable().describe('The SOC meeting that approved it'),
  comment: z.string().nullable(),
  activities: z.array(Activity.and(z.object({ id: z.string() }))),
  abilities: z.record(z.string(), z.boolean()),
});
export type Plan = z.infer<typeof Plan>;
export const PlanList = z.object({
  items: z.array(Plan.omit({ activities: true, body: true })),
  total: z.number().int(),
  abilities: z
    .record(z.string(), z.boolean())
    .describe('What the caller may do with plans in general (edit: write a new one)'),
});
export const PlanParams = z.strictObject({ id: z.uuid('not a plan id') });
export const PlanListQuery = z.strictObject({ state: StateId.optional(), area: Slug.optional() });
export const ApproveBody = z.strictObject({
  socMeeting: z.string().trim().min(3, 'name the SOC meeting that approved it').max(300),
});
export const ReturnPlanBody = z.strictObject({
  comment: z.string().trim().min(1, 'say what needs changing').max(5000),
});

export const CoordinatorBody = z
  .strictObject({
    dimension: Slug.optional(),
    area: Slug.optional(),
    state: StateId,
    role: z.enum(['coordinator', 'co-coordinator']),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    socMeeting: z.string().trim().min(3, 'name the SOC meeting that approved it').max(300),
  })
  .refine((c) => (c.dimension === undefined) !== (c.area === undefined), {
    path: ['area'],
    message: 'give an area or a dimension',
  });
export const CoordinatorRecorded = z.object({
  id: z.string(),
  state: StateId,
  role: z.string(),
  socMeeting: z.string(),
});

export const PlanOfCbmsQuery = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, 'expected a year such as 2026')
    .transform(Number),
  format: z.enum(['json', 'ics']).optional().describe('ics answers an iCalendar feed'),
});
export const PlanOfCbms = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      venue: z.string(),
      organisers: z.string(),
      participants: z.string(),
      plan: z.string(),
      planTitle: z.string(),
      area: z.string(),
      state: StateId,
    }),
  ),
});
export type PlanOfCbms = z.infer<typeof PlanOfCbms>;

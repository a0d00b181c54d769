import { defineRoute } from '../platform/http/route.js';
import { planOfCbmsIcs } from './ical.js';
import { planPolicy } from './plan.policy.js';
import {
  ApproveBody,
  CoordinatorBody,
  CoordinatorRecorded,
  Plan,
  PlanBody,
  PlanList,
  PlanListQuery,
  PlanOfCbms,
  PlanOfCbmsQuery,
  PlanParams,
  ReturnPlanBody,
} from './plan.schema.js';
import {
  decidePlan,
  getPlan,
  getPlanOfCbms,
  listPlans,
  recordCoordinator,
  savePlan,
} from './plan.use-cases.js';

const access = (action: keyof typeof planPolicy) => ({ policy: planPolicy, action });

/** Coordinators' concept papers and action plans, and the annual Plan of CBMs with its calendar feed. */
export const plansModule = {
  name: 'plans',
  auditedEntities: ['plan', 'coordinator-role'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/plans',
      operationId: 'listPlans',
      summary: 'Concept papers and action plans the caller may see (approved ones are public)',
      tag: 'plans',
      access: access('list'),
      query: PlanListQuery,
      response: PlanList,
      handle: ({ trx, actor }, { query }) => listPlans(trx, actor, query),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/plans',
      operationId: 'createPlan',
      summary: 'Draft a concept paper or action plan for an area the state coordinates',
      tag: 'plans',
      access: access('edit'),
      body: PlanBody,
      response: Plan,
      handle: ({ trx, actor }, { body }) => savePlan(trx, actor, null, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/plans/{id}',
      operationId: 'getPlan',
      summary: 'A plan with its activities and what the caller may do with it',
      tag: 'plans',
      access: access('list'),
      params: PlanParams,
      response: Plan,
      handle: ({ trx, actor }, { params }) => getPlan(trx, actor, params.id),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/plans/{id}',
      operationId: 'savePlan',
      summary: 'Edit a draft or returned plan; a stale revision is a 409 conflict',
      tag: 'plans',
      access: access('edit'),
      params: PlanParams,
      body: PlanBody,
      response: Plan,
      handle: ({ trx, actor }, { params, body }) => savePlan(trx, actor, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/plans/{id}/submit',
      operationId: 'submitPlan',
      summary: 'Submit a plan for the SOC',
      tag: 'plans',
      access: access('submit'),
      params: PlanParams,
      response: Plan,
      handle: ({ trx, actor }, { params }) =>
        decidePlan(trx, actor, params.id, { to: 'submitted' }),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/plans/{id}/approve',
      operationId: 'approvePlan',
      summary: 'Record the SOC’s approval of a submitted plan (the Secretariat)',
      tag: 'plans',
      access: access('decide'),
      params: PlanParams,
      body: ApproveBody,
      response: Plan,
      handle: ({ trx, actor }, { params, body }) =>
        decidePlan(trx, actor, params.id, { to: 'approved', socMeeting: body.socMeeting }),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/plans/{id}/return',
      operationId: 'returnPlan',
      summary: 'Return a submitted plan with comments (the Secretariat)',
      tag: 'plans',
      access: access('decide'),
      params: PlanParams,
      body: ReturnPlanBody,
      response: Plan,
      handle: ({ trx, actor }, { params, body }) =>
        decidePlan(trx, actor, params.id, { to: 'returned', comment: body.comment }),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/coordinators',
      operationId: 'recordCoordinator',
      summary: 'Record a coordinator or co-coordinator role approved by the SOC (the Secretariat)',
      tag: 'plans',
      access: access('record-coordinator'),
      body: CoordinatorBody,
      response: CoordinatorRecorded,
      handle: ({ trx, actor }, { body }) => recordCoordinator(trx, actor, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/plan-of-cbms',
      operationId: 'getPlanOfCbms',
      summary:
        'The annual Plan of CBMs: activities of approved action plans in a year (format=ics for a calendar feed)',
      tag: 'plans',
      access: access('list'),
      query: PlanOfCbmsQuery,
      response: PlanOfCbms,
      handle: ({ trx }, { query }) => getPlanOfCbms(trx, query.year),
      formats: {
        ics: { type: 'text/calendar; charset=utf-8', render: (plan) => planOfCbmsIcs(plan) },
      },
    }),
  ],
} as const;

import { defineRoute } from '../platform/http/route.js';
import { createCycle, getCycleReports, listCycles } from './cycle.use-cases.js';
import { reportPolicy } from './report.policy.js';
import {
  Cycle,
  CycleBody,
  CycleList,
  CycleParams,
  Attachment,
  AttachmentParams,
  CycleReports,
  UploadQuery,
  Due,
  RemindersSent,
  DraftBody,
  DraftParams,
  Report,
  ReportParams,
  ReturnBody,
  SubmitBody,
} from './report.schema.js';
import { getReport, reviewReport, saveDraft, submitReport } from './report.use-cases.js';
import { getDue, sendReminders } from './due.use-cases.js';
import { getAttachment, MAX_ATTACHMENT_BYTES, uploadAttachment } from './attachment.use-cases.js';

const access = (action: keyof typeof reportPolicy) => ({ policy: reportPolicy, action });

/** National reports on the CBMs: cycles, drafts, immutable submitted versions, the Secretariat's review. */
export const reportsModule = {
  name: 'reports',
  auditedEntities: ['reporting-cycle', 'report'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/cycles',
      operationId: 'listCycles',
      summary: 'Reporting cycles, newest first',
      tag: 'reports',
      access: access('list'),
      response: CycleList,
      handle: ({ trx, actor }) => listCycles(trx, actor),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/cycles',
      operationId: 'createCycle',
      summary: 'Open a reporting cycle (the Secretariat)',
      tag: 'reports',
      access: access('manage-cycles'),
      body: CycleBody,
      response: Cycle,
      handle: ({ trx, actor }, { body }) => createCycle(trx, actor, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/cycles/{id}/reports',
      operationId: 'getCycleReports',
      summary:
        "Each member state's report in a cycle, as far as the caller may see (the Secretariat sees who is missing)",
      tag: 'reports',
      access: access('list'),
      params: CycleParams,
      response: CycleReports,
      handle: ({ trx, actor }, { params }) => getCycleReports(trx, actor, params.id),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/cycles/{id}/reports/{state}/draft',
      operationId: 'saveDraft',
      summary: "Save the working copy of a state's report; a stale revision is a 409 conflict",
      tag: 'reports',
      access: access('edit-draft'),
      params: DraftParams,
      body: DraftBody,
      response: Report,
      handle: ({ trx, actor }, { params, body }) =>
        saveDraft(trx, actor, params.id, params.state, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/reports/{id}',
      operationId: 'getReport',
      summary:
        'A report: its draft (for the state and the Secretariat), the versions the caller may see, reviews and abilities',
      tag: 'reports',
      access: access('list'),
      params: ReportParams,
      response: Report,
      handle: ({ trx, actor }, { params }) => getReport(trx, actor, params.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/reports/{id}/submit',
      operationId: 'submitReport',
      summary:
        'Submit the working copy as a new immutable version (a reason is required after the first)',
      tag: 'reports',
      access: access('submit'),
      params: ReportParams,
      body: SubmitBody,
      response: Report,
      handle: ({ trx, actor }, { params, body }) =>
        submitReport(trx, actor, params.id, body.reason),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/reports/{id}/return',
      operationId: 'returnReport',
      summary: 'Return the submitted version to the state with comments (the Secretariat)',
      tag: 'reports',
      access: access('review'),
      params: ReportParams,
      body: ReturnBody,
      response: Report,
      handle: ({ trx, actor }, { params, body }) =>
        reviewReport(trx, actor, params.id, 'returned', body.comment),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/reports/{id}/accept',
      operationId: 'acceptReport',
      summary: 'Accept the submitted version (the Secretariat)',
      tag: 'reports',
      access: access('review'),
      params: ReportParams,
      response: Report,
      handle: ({ trx, actor }, { params }) => reviewReport(trx, actor, params.id, 'accepted', null),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/due',
      operationId: 'getDue',
      summary:
        'What is due: open cycles where the caller’s state (or, for the Secretariat, any state) has not submitted',
      tag: 'reports',
      access: access('see-due'),
      response: Due,
      handle: ({ trx, actor }) => getDue(trx, actor),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/cycles/{id}/reminders',
      operationId: 'sendReminders',
      summary: 'Remind every state that has not submitted in a cycle (the Secretariat)',
      tag: 'reports',
      access: access('remind'),
      params: CycleParams,
      response: RemindersSent,
      handle: ({ trx, actor }, { params }) => sendReminders(trx, actor, params.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/reports/{id}/attachments',
      operationId: 'uploadAttachment',
      summary:
        'Attach a file to a report (PDF, DOCX, PNG, JPEG or UTF-8 text; at most 10 MB; judged by content)',
      tag: 'reports',
      access: access('edit-draft'),
      params: ReportParams,
      query: UploadQuery,
      upload: { maxBytes: MAX_ATTACHMENT_BYTES },
      response: Attachment,
      handle: ({ trx, actor }, { params, query, body }) =>
        uploadAttachment(trx, actor, params.id, query.name, body as unknown as Buffer),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/attachments/{id}',
      operationId: 'getAttachment',
      summary: 'Download an attachment the caller may see',
      tag: 'reports',
      access: access('list'),
      params: AttachmentParams,
      response: Attachment,
      handle: ({ trx, actor }, { params }) => getAttachment(trx, actor, params.id),
      download: (a) => ({
        type: String(a['mediaType']),
        filename: String(a['filename']),
        bytes: a['content'] as Buffer,
      }),
    }),
  ],
} as const;

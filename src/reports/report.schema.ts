import { z } from 'zod';
import { OrganizationId, Slug, StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';
import { FullDate } from '../platform/partial-date.js';

export const VISIBILITIES = ['public', 'members', 'secretariat'] as const;
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;

const Text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

/** What a state says about one measure: what it did, when, with whom, with what outcome — or nothing. */
export const ReportEntry = z.strictObject({
  measure: Slug,
  nil: z.boolean().default(false).describe('Nothing to report for this measure'),
  done: Text(5000).default(''),
  when: Text(200).default(''),
  partners: Text(1000).default(''),
  outcomes: Text(5000).default(''),
  attachments: z
    .array(z.uuid('not an attachment id'))
    .max(20)
    .optional()
    .describe('Files uploaded to this report'),
});
export type ReportEntry = z.infer<typeof ReportEntry>;

export const ReportContent = z.strictObject({
  nilReturn: z.boolean().default(false).describe('Nothing to report this cycle: a valid answer'),
  entries: z.array(ReportEntry).max(500).default([]),
  note: Text(5000).default(''),
});
export type ReportContent = z.infer<typeof ReportContent>;

export const CycleBody = z
  .strictObject({
    id: Slug,
    organization: OrganizationId,
    year: z.number().int().min(1990).max(2100),
    title: LocalizedText,
    opensOn: FullDate,
    deadline: FullDate,
    dimensions: z.array(Slug).min(1, 'name at least one dimension'),
  })
  .refine((c) => c.deadline >= c.opensOn, {
    path: ['deadline'],
    message: 'the deadline is before the opening',
  });
export type CycleBody = z.infer<typeof CycleBody>;

export const Cycle = z.object({
  id: z.string(),
  organization: z.string(),
  year: z.number().int(),
  title: LocalizedText,
  opensOn: z.string(),
  deadline: z.string(),
  dimensions: z.array(z.string()),
});
export type Cycle = z.infer<typeof Cycle>;
export const CycleList = z.object({
  items: z.array(Cycle),
  total: z.number().int(),
  abilities: z
    .record(z.string(), z.boolean())
    .describe('What the caller may do with cycles and reports (e.g. manage-cycles)'),
});
export const CycleParams = z.strictObject({ id: Slug });

export const DraftParams = z.strictObject({ id: Slug, state: StateId });
export const DraftBody = z.strictObject({
  content: ReportContent,
  visibility: z.enum(VISIBILITIES),
  revision: z.number().int().min(0).describe('The revision the client edited; 0 for a new report'),
});
export type DraftBody = z.infer<typeof DraftBody>;

export const ReportParams = z.strictObject({ id: z.uuid('not a report id') });
export const SubmitBody = z.strictObject({
  reason: Text(2000)
    .min(1, 'required')
    .optional()
    .describe('Why this version corrects the one before; required after the first'),
});
export const ReturnBody = z.strictObject({ comment: Text(5000).min(1, 'say what needs changing') });

export const ReportVersion = z.object({
  version: z.number().int(),
  content: ReportContent,
  visibility: z.enum(VISIBILITIES),
  reason: z.string().nullable(),
  submittedBy: z.string().nullable(),
  onBehalf: z.boolean().describe('Entered by the Secretariat on the state’s behalf'),
  submittedAt: z.string(),
});

export const Review = z.object({
  version: z.number().int(),
  decision: z.enum(['returned', 'accepted']),
  comment: z.string().nullable(),
  decidedAt: z.string(),
});

export const Report = z.object({
  id: z.string(),
  cycle: z.string(),
  state: StateId,
  status: z.enum(REPORT_STATUSES),
  visibility: z.enum(VISIBILITIES),
  draft: z
    .object({ content: ReportContent, revision: z.number().int(), updatedAt: z.string() })
    .nullable()
    .describe('The working copy: for the state and the Secretariat only'),
  versions: z.array(ReportVersion).describe('Submitted versions the caller may see, oldest first'),
  reviews: z.array(Review),
  abilities: z.record(z.string(), z.boolean()),
});
export type Report = z.infer<typeof Report>;

export const ReportSummary = z.object({
  id: z.string().nullable(),
  state: StateId,
  status: z
    .enum([...REPORT_STATUSES, 'missing'])
    .describe('missing: nothing submitted or drafted (seen by the Secretariat)'),
  version: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  onBehalf: z.boolean(),
});
export const CycleReports = z.object({
  cycle: Cycle,
  items: z.array(ReportSummary),
  total: z.number().int(),
  abilities: z.record(z.string(), z.boolean()),
});
export type CycleReports = z.infer<typeof CycleReports>;

export const Due = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      cycle: z.string(),
      title: LocalizedText,
      deadline: z.string(),
      daysLeft: z.number().int().describe('Negative when the deadline has passed'),
      outstanding: z
        .array(z.object({ state: StateId, status: z.string() }))
        .describe('States that have not submitted (for a state: itself)'),
      lastReminder: z.string().nullable(),
    }),
  ),
});
export type Due = z.infer<typeof Due>;

export const RemindersSent = z.object({
  cycle: z.string(),
  sent: z.array(z.object({ state: StateId, recipients: z.array(z.string()) })),
  delivery: z.string(),
});
export type RemindersSent = z.infer<typeof RemindersSent>;

export const UploadQuery = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200)
    .describe('The file name to show and offer on download'),
});
export const Attachment = z.object({
  id: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;
export const AttachmentParams = z.strictObject({ id: z.uuid('not an attachment id') });

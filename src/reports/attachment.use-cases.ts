import { createHash } from 'node:crypto';
import type { Queryable, Tx } from '../platform/db/database.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Actor } from '../platform/auth/actor.js';
import { can } from '../platform/auth/policy.js';
import { sniffFile } from '../platform/files/sniff.js';
import { invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { reportPolicy, type ReportFacts } from './report.policy.js';
import { ReportContent, type Attachment } from './report.schema.js';

/** Each attachment is at most this large. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Stores a file for a report the caller may edit; its kind is judged by its bytes. */
export async function uploadAttachment(
  trx: Tx,
  actor: Actor,
  reportId: string,
  filename: string,
  bytes: Buffer,
): Promise<Outcome<Attachment>> {
  const report = await trx
    .selectFrom('report')
    .select(['id', 'state_id', 'status', 'visibility'])
    .where('id', '=', reportId)
    .executeTakeFirst();
  const facts: ReportFacts | undefined = report && {
    state: report.state_id,
    status: report.status,
    visibility: report.visibility,
  };
  if (!report || !can(reportPolicy, actor, 'edit-draft', facts))
    return notFound('id', `no report ${reportId}`);
  const sniffed = sniffFile(bytes);
  if ('refused' in sniffed) return invalid('file', sniffed.refused);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = await trx
    .insertInto('report_attachment')
    .values({
      report_id: reportId,
      filename,
      media_type: sniffed.mediaType,
      size: bytes.length,
      sha256,
      content: bytes,
      uploaded_by: actor.accountId,
    })
    .returning(['id', 'uploaded_at'])
    .executeTakeFirstOrThrow();
  const attachment = {
    id: row.id,
    filename,
    mediaType: sniffed.mediaType,
    size: bytes.length,
    sha256,
    uploadedAt: row.uploaded_at,
  };
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'create',
    entity: 'attachment',
    entityId: row.id,
    before: null,
    after: { reportId, ...attachment },
  });
  return ok(attachment);
}

/**
 * A file of a report: for those who may read the draft, or when a submitted version they may read
 * refers to it. Anyone else is told it does not exist.
 */
export async function getAttachment(
  db: Queryable,
  actor: Actor,
  id: string,
): Promise<Outcome<Attachment & { content: Buffer }>> {
  const row = await db
    .selectFrom('report_attachment as a')
    .innerJoin('report as r', 'r.id', 'a.report_id')
    .selectAll('a')
    .select(['r.state_id', 'r.status'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return notFound('id', `no attachment ${id}`);
  const facts = { state: row.state_id, status: row.status };
  let readable = can(reportPolicy, actor, 'read-draft', { ...facts, visibility: 'secretariat' });
  if (!readable) {
    const versions = await db
      .selectFrom('report_version')
      .select(['content', 'visibility'])
      .where('report_id', '=', row.report_id)
      .execute();
    readable = versions.some(
      (v) =>
        can(reportPolicy, actor, 'read-submitted', { ...facts, visibility: v.visibility }) &&
        ReportContent.parse(v.content).entries.some((e) => e.attachments?.includes(id)),
    );
  }
  if (!readable) return notFound('id', `no attachment ${id}`);
  return ok({
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
    content: row.content,
  });
}

import { sql } from 'kysely';
import type { Database, Tx } from '../db/database.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  /** A path in Senim (an invitation, a report) to add as a full link when the mail is sent. */
  linkPath?: string;
}

/** Queues a mail in the caller's transaction: it exists only if the action that caused it commits. */
export async function queueMail(trx: Tx, mail: OutgoingMail): Promise<void> {
  await trx
    .insertInto('mail_outbox')
    .values({
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      link_path: mail.linkPath ?? null,
      sent_at: null,
      last_error: null,
    })
    .execute();
}

export type Send = (mail: { to: string; subject: string; text: string }) => Promise<void>;

/** After this many failed attempts a mail stays in the outbox with its last error, for a person to look at. */
export const MAX_ATTEMPTS = 5;

/**
 * Sends what is waiting, oldest first. Rows are locked while being sent (SKIP LOCKED), so two
 * Senim processes never send the same mail twice.
 */
export async function deliverPending(
  db: Database,
  send: Send,
  publicUrl: string,
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('mail_outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('attempts', '<', MAX_ATTEMPTS)
      .orderBy('seq')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of rows) {
      const text = row.link_path
        ? `${row.body}\n\n${publicUrl}${row.link_path}\n`
        : `${row.body}\n`;
      try {
        await send({ to: row.to_address, subject: row.subject, text });
        await trx
          .updateTable('mail_outbox')
          .set({ sent_at: sql<string>`now()`, attempts: row.attempts + 1 })
          .where('seq', '=', row.seq)
          .execute();
        sent += 1;
      } catch (error) {
        await trx
          .updateTable('mail_outbox')
          .set({
            attempts: row.attempts + 1,
            last_error: String((error as Error).message ?? error).slice(0, 500),
          })
          .where('seq', '=', row.seq)
          .execute();
        failed += 1;
      }
    }
  });
  return { sent, failed };
}

import { sql } from 'kysely';
import type { Queryable, Tx } from '../platform/db/database.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import { queueMail } from '../platform/mail/outbox.js';
import { isSecretariat, type Actor } from '../platform/auth/actor.js';
import { notFound, ok, type Outcome } from '../platform/http/route.js';
import { todayIso } from '../platform/partial-date.js';
import { getCycleReports } from './cycle.use-cases.js';
import type { Due, RemindersSent } from './report.schema.js';

/**
 * What is due: for a state, the open cycles in which its report is not yet submitted (with any
 * reminder received); for the Secretariat, how many states are missing in each open cycle.
 */
export async function getDue(
  db: Queryable,
  actor: Actor,
  today = todayIso(),
): Promise<Outcome<Due>> {
  const cycles = await db
    .selectFrom('reporting_cycle')
    .select(['id', 'title', 'deadline'])
    .where('opens_on', '<=', today)
    .orderBy('deadline')
    .execute();
  const items: Due['items'] = [];
  for (const cycle of cycles) {
    const reports = await getCycleReports(db, actor, cycle.id);
    if ('refused' in reports) continue;
    const outstanding = reports.ok.items.filter(
      (i) => i.status === 'missing' || i.status === 'draft' || i.status === 'returned',
    );
    const mine = actor.stateId ? outstanding.filter((i) => i.state === actor.stateId) : outstanding;
    if (!isSecretariat(actor) && mine.length === 0) continue;
    const reminders = actor.stateId
      ? await db
          .selectFrom('reminder')
          .select('sent_at')
          .where('cycle_id', '=', cycle.id)
          .where('state_id', '=', actor.stateId)
          .orderBy('sent_at', 'desc')
          .execute()
      : [];
    const daysLeft = Math.round((Date.parse(cycle.deadline) - Date.parse(today)) / 86_400_000);
    items.push({
      cycle: cycle.id,
      title: cycle.title,
      deadline: cycle.deadline,
      daysLeft,
      outstanding: mine.map((i) => ({ state: i.state, status: i.status })),
      lastReminder: reminders[0]?.sent_at ?? null,
    });
  }
  return ok({ today, items });
}

/** The Secretariat reminds every member state that has not submitted: its focal points are the recipients. */
export async function sendReminders(
  trx: Tx,
  actor: Actor,
  cycleId: string,
): Promise<Outcome<RemindersSent>> {
  const reports = await getCycleReports(trx, actor, cycleId);
  if ('refused' in reports) return notFound('id', `no reporting cycle ${cycleId}`);
  const outstanding = reports.ok.items.filter(
    (i) => i.status === 'missing' || i.status === 'draft' || i.status === 'returned',
  );
  const sent: RemindersSent['sent'] = [];
  for (const { state } of outstanding) {
    const focalPoints = await trx
      .selectFrom('account')
      .select('email')
      .where('state_id', '=', state)
      .where('role', '=', 'focal-point')
      .where('disabled_at', 'is', null)
      .orderBy('email')
      .execute();
    const recipients = focalPoints.map((f) => f.email);
    await trx
      .insertInto('reminder')
      .values({
        cycle_id: cycleId,
        state_id: state,
        sent_by: actor.accountId,
        recipients,
        sent_at: sql<string>`now()`,
      })
      .execute();
    for (const to of recipients) {
      await queueMail(trx, {
        to,
        subject: `Senim: ${cycleId}`,
        body: [
          `Ұлттық баяндаманы ${reports.ok.cycle.deadline} дейін тапсыру қажет.`,
          `Национальный доклад нужно представить до ${reports.ok.cycle.deadline}.`,
          `Your national report is due by ${reports.ok.cycle.deadline}.`,
        ].join('\n'),
        linkPath: `/reports/${cycleId}`,
      });
    }
    sent.push({ state, recipients });
  }
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'create',
    entity: 'reminder',
    entityId: cycleId,
    before: null,
    after: { sent },
  });
  return ok({
    cycle: cycleId,
    sent,
    delivery:
      'shown to focal points in their due list, and mailed when an SMTP server is configured',
  });
}

import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/platform/mail/outbox.js';
import { buildAccount, signIn } from '../support/accounts.js';
import { buildCycle } from '../support/reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A real SMTP server on loopback receives what Senim sends.
const received: { to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let data = '';
    stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      callback();
    });
  },
});

let t: TestApp;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  t = await startTestApp({
    config: {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      publicUrl: 'https://senim.example.org',
      mailFrom: 'Senim <no-reply@senim.example.org>',
    },
  });
});
afterAll(async () => {
  await t?.stop();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

/** The message's headers and its text body, decoded (nodemailer sends non-ASCII text as base64 or quoted-printable). */
function decodeMessage(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split);
  const body = data.slice(split + 4);
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64')
    return `${headers}\r\n\r\n${Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')}`;
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => `%${hex}`);
    return `${headers}\r\n\r\n${decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25'))}`;
  }
  return data;
}

async function waitForMail(to: string) {
  for (let i = 0; i < 100; i++) {
    const mail = received.find((m) => m.to.includes(to));
    if (mail) return { ...mail, data: decodeMessage(mail.data) };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} within 10 s`);
}

describe('mail through SMTP', () => {
  it('sends the invitation link when an administrator invites someone', async () => {
    const admin = await signIn(t, (await buildAccount(t, 'admin')).email);
    const invited = await t.request('POST', '/api/invitations', {
      body: { email: 'invitee@kaz.example', role: 'focal-point', state: 'KAZ' },
      as: admin,
    });
    expect(invited.status).toBe(200);
    const mail = await waitForMail('invitee@kaz.example');
    expect(mail.data).toContain(`https://senim.example.org${invited.body.path}`);
    expect(mail.data).toMatch(/^From: Senim <no-reply@senim\.example\.org>/m);
  });

  it('mails reminders to the focal points of states that have not reported', async () => {
    await buildAccount(t, 'focal-point', { state: 'IND', email: 'focal@ind.example' });
    const officer = await signIn(t, (await buildAccount(t, 'officer')).email);
    const cycle = await buildCycle(t);
    await t.request('POST', `/api/cycles/${cycle.id}/reminders`, { as: officer });
    const mail = await waitForMail('focal@ind.example');
    expect(mail.data).toContain(`https://senim.example.org/reports/${cycle.id}`);
  });

  it('keeps a mail that cannot be sent, with its error, and tries again later', async () => {
    const db = t.app.database.db;
    await db.transaction().execute((trx) =>
      trx
        .insertInto('mail_outbox')
        .values({
          to_address: 'x@y.example',
          subject: 's',
          body: 'b',
          link_path: null,
          sent_at: null,
          last_error: null,
        })
        .execute(),
    );
    const result = await deliverPending(
      db,
      async () => Promise.reject(new Error('mailbox unavailable')),
      'https://x',
    );
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const row = await db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'x@y.example')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sent_at: null, attempts: 1, last_error: 'mailbox unavailable' });
  });
});

import nodemailer from 'nodemailer';
import type { Database } from '../db/database.js';
import { deliverPending, type Send } from './outbox.js';

/** An SMTP sender for the outbox (nodemailer). */
export function smtpSender(smtpUrl: string, from: string): Send {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
  };
}

/** Delivers the outbox every few seconds while Senim runs; stop() waits for a round in progress. */
export function startMailer(
  db: Database,
  send: Send,
  publicUrl: string,
  log: (line: string) => void,
  everyMs = 5000,
) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => deliverPending(db, send, publicUrl))
      .then(({ sent, failed }) => {
        if (sent || failed) log(`mail: ${sent} sent, ${failed} failed`);
      })
      .catch((error: unknown) => log(`mail: ${(error as Error).message}`));
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

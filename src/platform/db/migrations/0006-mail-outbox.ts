/**
 * Mail to send (invitations, reminders), written in the same transaction as the action that causes
 * it and delivered afterwards, so a mail goes out only for what was committed.
 */
export const mailOutbox = {
  id: '0006-mail-outbox',
  sql: /* sql */ `
create table mail_outbox (
  seq bigint generated always as identity primary key,
  to_address text not null,
  subject text not null,
  body text not null,
  link_path text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  attempts int not null default 0,
  last_error text
);
create index mail_outbox_pending on mail_outbox (seq) where sent_at is null;
grant select, insert, update on mail_outbox to senim_app;
`,
};

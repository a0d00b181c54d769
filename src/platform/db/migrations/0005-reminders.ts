/** Reminders the Secretariat sends to states that have not reported in a cycle. */
export const reminders = {
  id: '0005-reminders',
  sql: /* sql */ `
create table reminder (
  seq bigint generated always as identity primary key,
  cycle_id text not null references reporting_cycle,
  state_id text not null references state,
  sent_by uuid references account,
  sent_at timestamptz not null default now(),
  recipients text[] not null
);
create index reminder_cycle_state on reminder (cycle_id, state_id);
grant select, insert on reminder to senim_app;
`,
};

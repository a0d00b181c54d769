/**
 * Coordinators' concept papers and multi-year action plans, their activities (which make up the
 * annual Plan of CBMs), and the SOC decision that appointed a coordinator.
 */
export const plans = {
  id: '0004-plans',
  sql: /* sql */ `
alter table coordinator_role add column soc_meeting text;
grant insert on coordinator_role to senim_app;

create table plan_document (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('concept-paper', 'action-plan')),
  area_id text not null references catalogue_area,
  state_id text not null references state,
  title text not null,
  body text not null default '',
  starts_year int not null check (starts_year between 1990 and 2100),
  ends_year int not null,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'returned')),
  revision int not null default 1,
  soc_meeting text,
  comment text,
  updated_by uuid references account,
  updated_at timestamptz not null default now(),
  check (ends_year >= starts_year),
  check (status <> 'approved' or soc_meeting is not null)
);
create index plan_document_state on plan_document (state_id);

create table plan_activity (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plan_document on delete cascade,
  title text not null,
  starts_on date not null,
  ends_on date not null,
  venue text not null default '',
  organisers text not null default '',
  participants text not null default '',
  position int not null,
  check (ends_on >= starts_on)
);
create index plan_activity_dates on plan_activity (starts_on);

grant select, insert, update on plan_document to senim_app;
grant select, insert, delete on plan_activity to senim_app;
`,
};

/**
 * The CBM cycle: what states declare they implement each year, reporting cycles, national reports
 * with immutable submitted versions, and the Secretariat's reviews.
 */
export const cbmReporting = {
  id: '0003-cbm-reporting',
  sql: /* sql */ `
create table commitment (
  state_id text not null references state,
  year int not null check (year between 1990 and 2100),
  measure_id text not null references catalogue_measure,
  declared_by uuid references account,
  declared_at timestamptz not null default now(),
  primary key (state_id, year, measure_id)
);

create table reporting_cycle (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  organization_id text not null references organization,
  year int not null check (year between 1990 and 2100),
  title localized_text not null,
  opens_on date not null,
  deadline date not null,
  dimension_ids text[] not null,
  created_by uuid references account,
  created_at timestamptz not null default now(),
  check (deadline >= opens_on)
);

create table report (
  id uuid primary key default gen_random_uuid(),
  cycle_id text not null references reporting_cycle,
  state_id text not null references state,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'returned', 'accepted')),
  visibility text not null default 'secretariat' check (visibility in ('public', 'members', 'secretariat')),
  draft jsonb not null,
  -- Every save of the draft bumps the revision; a save naming an older one is a conflict.
  revision int not null default 1,
  updated_by uuid references account,
  updated_at timestamptz not null default now(),
  unique (cycle_id, state_id)
);

-- Submitted versions never change: a correction is a new version with its reason.
create table report_version (
  report_id uuid not null references report,
  version int not null check (version >= 1),
  content jsonb not null,
  visibility text not null check (visibility in ('public', 'members', 'secretariat')),
  reason text,
  submitted_by uuid references account,
  on_behalf boolean not null default false,
  submitted_at timestamptz not null default now(),
  primary key (report_id, version),
  check (version = 1 or reason is not null)
);
create trigger report_version_immutable before update or delete on report_version
  for each row execute function senim_audit_is_append_only();

create table report_review (
  seq bigint generated always as identity primary key,
  report_id uuid not null references report,
  version int not null,
  decision text not null check (decision in ('returned', 'accepted')),
  comment text,
  decided_by uuid references account,
  decided_at timestamptz not null default now(),
  foreign key (report_id, version) references report_version
);

grant select, insert, delete on commitment to senim_app;
grant select, insert, update on reporting_cycle, report to senim_app;
grant select, insert on report_version, report_review to senim_app;
`,
};

/**
 * The registry: states, organisations and their bodies, memberships and chairmanships over time,
 * instruments, the catalogue of measures, the timeline, and the append-only audit trail.
 *
 * Partial dates ("1999", "2007-03") are stored as written; `_lo`/`_hi` columns hold the first and
 * last day they may mean, so "members on 2006-06-17" is a plain range query.
 */
export const registry = {
  id: '0001-registry',
  sql: /* sql */ `
create function senim_date_lo(d text) returns date language sql immutable strict parallel safe as $$
  select make_date(substr(d, 1, 4)::int,
                   coalesce(nullif(substr(d, 6, 2), '')::int, 1),
                   coalesce(nullif(substr(d, 9, 2), '')::int, 1))
$$;

create function senim_date_hi(d text) returns date language sql immutable strict parallel safe as $$
  select case length(d)
    when 4 then make_date(substr(d, 1, 4)::int, 12, 31)
    when 7 then (make_date(substr(d, 1, 4)::int, substr(d, 6, 2)::int, 1) + interval '1 month' - interval '1 day')::date
    else make_date(substr(d, 1, 4)::int, substr(d, 6, 2)::int, substr(d, 9, 2)::int)
  end
$$;

create domain partial_date as text check (value ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$');
create domain localized_text as jsonb check (
  jsonb_typeof(value) = 'object' and value ? 'kk' and value ? 'ru' and value ? 'en'
);

create table state (
  id text primary key check (id ~ '^[A-Z]{3}$'),
  numeric text check (numeric ~ '^\\d{3}$'),
  name localized_text not null,
  historical boolean not null default false,
  source text not null
);

create table organization (
  id text primary key,
  name localized_text not null,
  abbreviation localized_text,
  description localized_text,
  founded partial_date,
  headquarters localized_text,
  source text not null
);

create table body (
  id text primary key,
  organization_id text not null references organization,
  kind text not null,
  name localized_text not null,
  description localized_text,
  established partial_date,
  position int not null,
  source text not null
);
create index body_organization on body (organization_id, position);

create table membership (
  id text primary key,
  organization_id text not null references organization,
  state_id text references state,
  member_organization_id text references organization,
  status text not null check (status in ('member', 'observer', 'partner')),
  from_date partial_date,
  to_date partial_date,
  from_lo date generated always as (senim_date_lo(from_date)) stored,
  to_hi date generated always as (senim_date_hi(to_date)) stored,
  source text not null,
  check ((state_id is null) <> (member_organization_id is null))
);
create index membership_organization on membership (organization_id, status);
create index membership_state on membership (state_id);

create table chairmanship (
  id text primary key,
  organization_id text not null references organization,
  state_id text not null references state,
  from_date partial_date not null,
  to_date partial_date,
  source text not null
);

create table instrument (
  id text primary key,
  kind text not null,
  title localized_text not null,
  organization_id text references organization,
  body_id text references body,
  place localized_text,
  adopted partial_date,
  signed partial_date,
  in_force partial_date,
  withdrawn partial_date,
  sort_date date generated always as (senim_date_lo(coalesce(adopted, signed, in_force))) stored,
  source text not null
);

create table instrument_party (
  instrument_id text not null references instrument on delete cascade,
  state_id text not null references state,
  primary key (instrument_id, state_id)
);
create index instrument_party_state on instrument_party (state_id);

create table catalogue_version (
  id text primary key,
  organization_id text not null references organization,
  title localized_text not null,
  adopted partial_date not null,
  instrument_id text references instrument,
  position int not null,
  source text not null
);

create table catalogue_dimension (
  id text primary key,
  organization_id text not null references organization,
  name localized_text not null,
  position int not null
);

create table catalogue_area (
  id text primary key,
  dimension_id text not null references catalogue_dimension,
  name localized_text not null,
  since_version_id text not null references catalogue_version,
  position int not null
);

create table catalogue_measure (
  id text primary key,
  area_id text not null references catalogue_area,
  text localized_text not null,
  since_version_id text not null references catalogue_version,
  position int not null
);

create table coordinator_role (
  id text primary key,
  dimension_id text references catalogue_dimension,
  area_id text references catalogue_area,
  state_id text not null references state,
  role text not null check (role in ('coordinator', 'co-coordinator')),
  from_date partial_date,
  to_date partial_date,
  source text not null,
  check ((dimension_id is null) <> (area_id is null))
);
create index coordinator_role_state on coordinator_role (state_id);

create table event (
  id text primary key,
  date partial_date not null,
  date_lo date generated always as (senim_date_lo(date)) stored,
  date_hi date generated always as (senim_date_hi(date)) stored,
  type text not null,
  title localized_text not null,
  place localized_text,
  source text not null
);
create index event_date on event (date_lo, date_hi);

create table event_actor (
  event_id text not null references event on delete cascade,
  actor_id text not null,
  position int not null,
  primary key (event_id, actor_id)
);
create index event_actor_actor on event_actor (actor_id);

create table event_instrument (
  event_id text not null references event on delete cascade,
  instrument_id text not null references instrument,
  primary key (event_id, instrument_id)
);

-- The audit trail. Each entry carries the hash of the one before it, so the record can be verified.
create table audit_entry (
  seq bigint generated always as identity primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  prev_hash text not null,
  hash text not null unique
);
create index audit_entry_entity on audit_entry (entity, entity_id);

create function senim_audit_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit entries are append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
  for each row execute function senim_audit_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function senim_audit_is_append_only();

-- The application runs as senim_app: it may change the registry but only append to the audit trail.
do $$
begin
  create role senim_app nologin;
exception when duplicate_object then null;
end
$$;
grant usage on schema public to senim_app;
grant select, insert, update, delete on
  state, organization, body, membership, chairmanship, instrument, instrument_party,
  catalogue_version, catalogue_dimension, catalogue_area, catalogue_measure, coordinator_role,
  event, event_actor, event_instrument
  to senim_app;
grant select, insert on audit_entry to senim_app;
`,
};

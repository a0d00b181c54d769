/**
 * Accounts, sessions and invitations. Passwords are stored as scrypt hashes; session and
 * invitation tokens only as SHA-256 digests, so a copy of the database opens no session.
 */
export const accounts = {
  id: '0002-accounts',
  sql: /* sql */ `
create table account (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null,
  role text not null check (role in ('admin', 'officer', 'focal-point', 'contributor', 'observer')),
  state_id text references state,
  organization_id text references organization,
  password_hash text not null,
  totp_secret text,
  totp_pending_secret text,
  totp_last_step bigint,
  failed_sign_ins int not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  disabled_at timestamptz,
  -- Focal points and contributors act for one state; an observer for a state or an organisation.
  check (role not in ('focal-point', 'contributor') or (state_id is not null and organization_id is null)),
  check (role <> 'observer' or (state_id is null) <> (organization_id is null)),
  check (role not in ('admin', 'officer') or (state_id is null and organization_id is null))
);
create unique index account_email on account (lower(email));

create table session (
  token_hash text primary key,
  account_id uuid not null references account,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index session_account on session (account_id);

create table invitation (
  token_hash text primary key,
  email text not null,
  role text not null check (role in ('admin', 'officer', 'focal-point', 'contributor', 'observer')),
  state_id text references state,
  organization_id text references organization,
  invited_by uuid references account,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz
);

grant select, insert, update on account, session, invitation to senim_app;
`,
};

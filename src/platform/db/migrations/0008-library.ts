/**
 * The trilingual library: documents as filed (originals never change), their analysis by the text
 * engine (replaced when the engine improves), suggested events and links awaiting a person, the
 * glossary that carries queries across languages, and the vocabulary that makes search forgive typos.
 */
export const library = {
  id: '0008-library',
  sql: /* sql */ `
create extension if not exists pg_trgm;

create table library_document (
  id uuid primary key default gen_random_uuid(),
  title text not null check (length(title) between 1 and 500),
  filename text,
  format text not null check (format in ('txt', 'md', 'html', 'docx', 'pdf')),
  media_type text not null,
  size int not null check (size > 0),
  sha256 text not null unique,
  original bytea not null,
  text text not null,
  language text not null check (language in ('kk', 'ru', 'en')),
  detected_language text not null check (detected_language in ('kk', 'ru', 'en')),
  language_confidence real not null check (language_confidence between 0 and 1),
  date partial_date,
  date_lo date generated always as (senim_date_lo(date)) stored,
  date_hi date generated always as (senim_date_hi(date)) stored,
  author_id text,
  type text not null,
  visibility text not null check (visibility in ('public', 'members', 'secretariat')),
  added_by uuid references account,
  added_at timestamptz not null default now(),
  -- What the analysis found, kept on the row the search reads (replaced by re-analysis).
  engine_version text not null,
  search_vector tsvector not null,
  -- The title alone: small enough to stay in the row, so a broad query can prefer title matches
  -- without reading every document's full vector.
  title_vector tsvector not null,
  states text[] not null default '{}',
  organizations text[] not null default '{}'
);
create index library_document_search on library_document using gin (search_vector);
create index library_document_states on library_document using gin (states);
create index library_document_organizations on library_document using gin (organizations);
create index library_document_date on library_document (date_lo, date_hi);
create index library_document_added on library_document (added_at desc, id);

-- What a state filed stays as filed: the original, its hash and the text taken from it.
create function senim_library_original_is_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'library documents are never deleted' using errcode = 'insufficient_privilege';
  end if;
  if new.original is distinct from old.original or new.sha256 is distinct from old.sha256
     or new.text is distinct from old.text or new.format is distinct from old.format then
    raise exception 'the original of a library document never changes' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;
create trigger library_document_immutable before update or delete on library_document
  for each row execute function senim_library_original_is_immutable();

-- The engine's reading of a document: normalisation changes, sentences, dates and entities with offsets.
create table library_analysis (
  document_id uuid primary key references library_document,
  engine_version text not null,
  -- Null when normalisation changed nothing (always for Russian and English).
  normalized_text text,
  changes jsonb not null,
  sentences jsonb not null,
  dates jsonb not null,
  entities jsonb not null,
  analysed_at timestamptz not null default now()
);

create table library_document_link (
  document_id uuid not null references library_document,
  target_kind text not null check (target_kind in ('state', 'organization', 'body', 'instrument', 'event')),
  target_id text not null,
  source text not null check (source in ('metadata', 'suggestion')),
  primary key (document_id, target_kind, target_id)
);
create index library_document_link_target on library_document_link (target_kind, target_id);

create table library_suggestion (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references library_document,
  kind text not null check (kind in ('event', 'link')),
  -- Stable across re-analysis, so a decision once taken is not asked again.
  key text not null,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'rejected')),
  sentence_start int not null,
  sentence_end int not null,
  sentence text not null,
  date partial_date,
  actors text[] not null default '{}',
  title text not null,
  target_kind text,
  target_id text,
  event_id text references event,
  decided_by uuid references account,
  decided_at timestamptz,
  unique (document_id, kind, key)
);
create index library_suggestion_pending on library_suggestion (status, kind);
create index library_suggestion_event on library_suggestion (event_id) where event_id is not null;

-- Key terms of the domain in the three languages; the Secretariat adds more.
create table library_term (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
  kk text[] not null check (cardinality(kk) > 0),
  ru text[] not null check (cardinality(ru) > 0),
  en text[] not null check (cardinality(en) > 0),
  added_by uuid references account,
  added_at timestamptz not null default now()
);

-- Every lexeme the index holds, for "did you mean" look-ups by trigram similarity.
create table library_lexeme (
  lexeme text primary key
);
create index library_lexeme_trigram on library_lexeme using gin (lexeme gin_trgm_ops);

grant select, insert, update on library_document to senim_app;
grant select, insert, update on library_analysis to senim_app;
grant select, insert, delete on library_document_link to senim_app;
grant select, insert, update on library_suggestion to senim_app;
grant select, insert, update on library_term to senim_app;
grant select, insert on library_lexeme to senim_app;
`,
};

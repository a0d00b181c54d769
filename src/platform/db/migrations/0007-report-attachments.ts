/** Files attached to a state's report (a programme, a photo, a signed letter). Never changed once stored. */
export const reportAttachments = {
  id: '0007-report-attachments',
  sql: /* sql */ `
create table report_attachment (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references report,
  filename text not null,
  media_type text not null,
  size int not null check (size > 0),
  sha256 text not null,
  content bytea not null,
  uploaded_by uuid references account,
  uploaded_at timestamptz not null default now()
);
create index report_attachment_report on report_attachment (report_id);
create trigger report_attachment_immutable before update or delete on report_attachment
  for each row execute function senim_audit_is_append_only();
grant select, insert on report_attachment to senim_app;
`,
};

import type { ColumnType, Generated } from 'kysely';
import type { Language, LocalizedText } from '../localized-text.js';

// Row types: what the tables hold. Domain objects and API shapes are mapped from these explicitly.

/** Columns PostgreSQL computes itself (from a partial date); never written. */
type Computed<T> = ColumnType<T, never, never>;
type Json<T> = ColumnType<T, string | null, string | null>;

export interface StateRow {
  id: string;
  numeric: string | null;
  name: Json<LocalizedText>;
  historical: boolean;
  source: string;
}

export interface OrganizationRow {
  id: string;
  name: Json<LocalizedText>;
  abbreviation: Json<LocalizedText | null>;
  description: Json<LocalizedText | null>;
  founded: string | null;
  headquarters: Json<LocalizedText | null>;
  source: string;
}

export interface BodyRow {
  id: string;
  organization_id: string;
  kind: string;
  name: Json<LocalizedText>;
  description: Json<LocalizedText | null>;
  established: string | null;
  position: number;
  source: string;
}

export interface MembershipRow {
  id: string;
  organization_id: string;
  state_id: string | null;
  member_organization_id: string | null;
  status: 'member' | 'observer' | 'partner';
  from_date: string | null;
  to_date: string | null;
  from_lo: Computed<string | null>;
  to_hi: Computed<string | null>;
  source: string;
}

export interface ChairmanshipRow {
  id: string;
  organization_id: string;
  state_id: string;
  from_date: string;
  to_date: string | null;
  source: string;
}

export interface InstrumentRow {
  id: string;
  kind: string;
  title: Json<LocalizedText>;
  organization_id: string | null;
  body_id: string | null;
  place: Json<LocalizedText | null>;
  adopted: string | null;
  signed: string | null;
  in_force: string | null;
  withdrawn: string | null;
  sort_date: Computed<string | null>;
  source: string;
}

export interface InstrumentPartyRow {
  instrument_id: string;
  state_id: string;
}

export interface CatalogueVersionRow {
  id: string;
  organization_id: string;
  title: Json<LocalizedText>;
  adopted: string;
  instrument_id: string | null;
  position: number;
  source: string;
}

export interface CatalogueDimensionRow {
  id: string;
  organization_id: string;
  name: Json<LocalizedText>;
  position: number;
}

export interface CatalogueAreaRow {
  id: string;
  dimension_id: string;
  name: Json<LocalizedText>;
  since_version_id: string;
  position: number;
}

export interface CatalogueMeasureRow {
  id: string;
  area_id: string;
  text: Json<LocalizedText>;
  since_version_id: string;
  position: number;
}

export interface CoordinatorRoleRow {
  id: string;
  dimension_id: string | null;
  area_id: string | null;
  state_id: string;
  role: 'coordinator' | 'co-coordinator';
  from_date: string | null;
  to_date: string | null;
  source: string;
  /** The Senior Officials Committee meeting that approved the role, when the Secretariat recorded it. */
  soc_meeting: Generated<string | null>;
}

export interface EventRow {
  id: string;
  date: string;
  date_lo: Computed<string>;
  date_hi: Computed<string>;
  type: string;
  title: Json<LocalizedText>;
  place: Json<LocalizedText | null>;
  source: string;
}

export interface EventActorRow {
  event_id: string;
  actor_id: string;
  position: number;
}

export interface EventInstrumentRow {
  event_id: string;
  instrument_id: string;
}

export interface AuditEntryRow {
  seq: Generated<string>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Json<unknown>;
  after: Json<unknown>;
  prev_hash: string;
  hash: string;
}

export type AccountRole = 'admin' | 'officer' | 'focal-point' | 'contributor' | 'observer';

export interface AccountRow {
  id: Generated<string>;
  email: string;
  name: string;
  role: AccountRole;
  state_id: string | null;
  organization_id: string | null;
  password_hash: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: string | null;
  created_at: Generated<string>;
  disabled_at: string | null;
}

export interface SessionRow {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Generated<string>;
  last_seen_at: Generated<string>;
  expires_at: string;
  revoked_at: string | null;
}

export interface InvitationRow {
  token_hash: string;
  email: string;
  role: AccountRole;
  state_id: string | null;
  organization_id: string | null;
  invited_by: string | null;
  created_at: Generated<string>;
  expires_at: string;
  accepted_at: string | null;
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type Visibility = 'public' | 'members' | 'secretariat';

export interface CommitmentRow {
  state_id: string;
  year: number;
  measure_id: string;
  declared_by: string | null;
  declared_at: Generated<string>;
}

export interface ReportingCycleRow {
  id: string;
  organization_id: string;
  year: number;
  title: Json<LocalizedText>;
  opens_on: string;
  deadline: string;
  dimension_ids: string[];
  created_by: string | null;
  created_at: Generated<string>;
}

export interface ReportRow {
  id: Generated<string>;
  cycle_id: string;
  state_id: string;
  status: ReportStatus;
  visibility: Visibility;
  draft: Json<unknown>;
  revision: number;
  updated_by: string | null;
  updated_at: Generated<string>;
}

export interface ReportVersionRow {
  report_id: string;
  version: number;
  content: Json<unknown>;
  visibility: Visibility;
  reason: string | null;
  submitted_by: string | null;
  on_behalf: boolean;
  submitted_at: Generated<string>;
}

export interface ReportReviewRow {
  seq: Generated<string>;
  report_id: string;
  version: number;
  decision: 'returned' | 'accepted';
  comment: string | null;
  decided_by: string | null;
  decided_at: Generated<string>;
}

export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';

export interface PlanDocumentRow {
  id: Generated<string>;
  kind: 'concept-paper' | 'action-plan';
  area_id: string;
  state_id: string;
  title: string;
  body: string;
  starts_year: number;
  ends_year: number;
  status: PlanStatus;
  revision: number;
  soc_meeting: string | null;
  comment: string | null;
  updated_by: string | null;
  updated_at: Generated<string>;
}

export interface PlanActivityRow {
  id: Generated<string>;
  plan_id: string;
  title: string;
  starts_on: string;
  ends_on: string;
  venue: string;
  organisers: string;
  participants: string;
  position: number;
}

export interface ReminderRow {
  seq: Generated<string>;
  cycle_id: string;
  state_id: string;
  sent_by: string | null;
  sent_at: Generated<string>;
  recipients: string[];
}

export interface MailOutboxRow {
  seq: Generated<string>;
  to_address: string;
  subject: string;
  body: string;
  link_path: string | null;
  created_at: Generated<string>;
  sent_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface ReportAttachmentRow {
  id: Generated<string>;
  report_id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Generated<string>;
}

/** A document is in one of the record's three languages. */
export type DocumentLanguage = Language;
export type SuggestionStatus = 'pending' | 'confirmed' | 'rejected';

export interface LibraryDocumentRow {
  id: Generated<string>;
  title: string;
  filename: string | null;
  format: string;
  media_type: string;
  size: number;
  sha256: string;
  original: Buffer;
  text: string;
  language: DocumentLanguage;
  detected_language: DocumentLanguage;
  language_confidence: number;
  date: string | null;
  date_lo: Computed<string | null>;
  date_hi: Computed<string | null>;
  author_id: string | null;
  type: string;
  visibility: Visibility;
  added_by: string | null;
  added_at: Generated<string>;
  engine_version: string;
  /** A tsvector: written as its text form, read back as text. */
  search_vector: string;
  title_vector: string;
  states: string[];
  organizations: string[];
}

export interface LibraryAnalysisRow {
  document_id: string;
  engine_version: string;
  /** Null when it equals the document's text. */
  normalized_text: string | null;
  changes: Json<unknown>;
  sentences: Json<unknown>;
  dates: Json<unknown>;
  entities: Json<unknown>;
  analysed_at: Generated<string>;
}

export interface LibraryDocumentLinkRow {
  document_id: string;
  target_kind: 'state' | 'organization' | 'body' | 'instrument' | 'event';
  target_id: string;
  source: 'metadata' | 'suggestion';
}

export interface LibrarySuggestionRow {
  id: Generated<string>;
  document_id: string;
  kind: 'event' | 'link';
  key: string;
  status: Generated<SuggestionStatus>;
  sentence_start: number;
  sentence_end: number;
  sentence: string;
  date: string | null;
  actors: string[];
  title: string;
  target_kind: string | null;
  target_id: string | null;
  event_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface LibraryTermRow {
  id: string;
  kk: string[];
  ru: string[];
  en: string[];
  added_by: string | null;
  added_at: Generated<string>;
}

export interface Tables {
  library_document: LibraryDocumentRow;
  library_analysis: LibraryAnalysisRow;
  library_document_link: LibraryDocumentLinkRow;
  library_suggestion: LibrarySuggestionRow;
  library_term: LibraryTermRow;
  library_lexeme: { lexeme: string; folded: Computed<string> };
  report_attachment: ReportAttachmentRow;
  mail_outbox: MailOutboxRow;
  reminder: ReminderRow;
  plan_document: PlanDocumentRow;
  plan_activity: PlanActivityRow;
  commitment: CommitmentRow;
  reporting_cycle: ReportingCycleRow;
  report: ReportRow;
  report_version: ReportVersionRow;
  report_review: ReportReviewRow;
  account: AccountRow;
  session: SessionRow;
  invitation: InvitationRow;
  state: StateRow;
  organization: OrganizationRow;
  body: BodyRow;
  membership: MembershipRow;
  chairmanship: ChairmanshipRow;
  instrument: InstrumentRow;
  instrument_party: InstrumentPartyRow;
  catalogue_version: CatalogueVersionRow;
  catalogue_dimension: CatalogueDimensionRow;
  catalogue_area: CatalogueAreaRow;
  catalogue_measure: CatalogueMeasureRow;
  coordinator_role: CoordinatorRoleRow;
  event: EventRow;
  event_actor: EventActorRow;
  event_instrument: EventInstrumentRow;
  audit_entry: AuditEntryRow;
}

import { z } from 'zod';
import { ActorId, BodyId, OrganizationId, Slug, StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';
import { PartialDate } from '../platform/partial-date.js';

/**
 * A data pack: reference facts in a plain YAML or JSON file under data/.
 * Every fact carries `source`, a short note saying where it comes from; facts nobody knows are left out.
 * docs/DATA.md explains the format with examples.
 */

const Source = z.string().trim().min(3, 'every fact needs a source note');

export const MEMBERSHIP_STATUSES = ['member', 'observer', 'partner'] as const;
export const BODY_KINDS = [
  'summit',
  'council',
  'committee',
  'working-group',
  'secretariat',
  'assembly',
  'structure',
  'forces',
  'advisory',
  'other',
] as const;
export const INSTRUMENT_KINDS = [
  'treaty',
  'convention',
  'charter',
  'agreement',
  'declaration',
  'act',
  'resolution',
  'statement',
  'catalogue',
  'rules',
  'programme',
  'roadmap',
  'memorandum',
  'decision',
] as const;
export const EVENT_TYPES = [
  'proposal',
  'summit',
  'ministerial',
  'meeting',
  'adoption',
  'signature',
  'accession',
  'chairmanship',
  'establishment',
  'withdrawal',
  'conference',
] as const;
export const COORDINATOR_ROLES = ['coordinator', 'co-coordinator'] as const;

export const PackState = z.strictObject({
  id: StateId,
  numeric: z
    .string()
    .regex(/^\d{3}$/, 'expected the ISO 3166-1 numeric code, three digits')
    .optional()
    .describe('ISO 3166-1 numeric code: links the state to its shape on the map'),
  name: LocalizedText,
  historical: z.boolean().optional(),
  source: Source,
});

export const PackBody = z.strictObject({
  id: BodyId,
  kind: z.enum(BODY_KINDS),
  name: LocalizedText,
  description: LocalizedText.optional(),
  established: PartialDate.optional(),
  source: Source,
});

export const PackOrganization = z.strictObject({
  id: OrganizationId,
  name: LocalizedText,
  abbreviation: LocalizedText.optional(),
  description: LocalizedText.optional(),
  founded: PartialDate.optional(),
  headquarters: LocalizedText.optional(),
  bodies: z.array(PackBody).default([]),
  source: Source,
});

export const PackMembership = z
  .strictObject({
    organization: OrganizationId,
    state: StateId.optional(),
    memberOrganization: OrganizationId.optional().describe(
      'An organisation that is itself an observer or partner',
    ),
    status: z.enum(MEMBERSHIP_STATUSES),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    source: Source,
  })
  .refine((m) => (m.state === undefined) !== (m.memberOrganization === undefined), {
    message: 'give exactly one of state or memberOrganization',
    path: ['state'],
  });

export const PackChairmanship = z.strictObject({
  organization: OrganizationId,
  state: StateId,
  from: PartialDate,
  to: PartialDate.optional(),
  source: Source,
});

export const PackInstrument = z.strictObject({
  id: Slug,
  kind: z.enum(INSTRUMENT_KINDS),
  title: LocalizedText,
  organization: OrganizationId.optional(),
  body: BodyId.optional().describe('The body that adopted it'),
  place: LocalizedText.optional(),
  adopted: PartialDate.optional(),
  signed: PartialDate.optional(),
  inForce: PartialDate.optional(),
  withdrawn: PartialDate.optional(),
  parties: z.array(StateId).default([]),
  source: Source,
});

export const PackCoordinator = z.strictObject({
  state: StateId,
  role: z.enum(COORDINATOR_ROLES),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  source: Source,
});

export const PackMeasure = z.strictObject({
  id: Slug,
  text: LocalizedText,
  since: Slug.optional().describe(
    'Catalogue version that introduced it; the first version when absent',
  ),
});

export const PackArea = z.strictObject({
  id: Slug,
  name: LocalizedText,
  since: Slug.optional().describe(
    'Catalogue version that introduced it; the first version when absent',
  ),
  coordinators: z.array(PackCoordinator).default([]),
  measures: z.array(PackMeasure).default([]),
});

export const PackDimension = z.strictObject({
  id: Slug,
  name: LocalizedText,
  coordinators: z.array(PackCoordinator).default([]),
  areas: z.array(PackArea).min(1),
});

export const PackCatalogueVersion = z.strictObject({
  id: Slug,
  title: LocalizedText,
  adopted: PartialDate,
  instrument: Slug.optional(),
  source: Source,
});

export const PackCatalogue = z.strictObject({
  organization: OrganizationId,
  versions: z.array(PackCatalogueVersion).min(1).describe('Oldest first'),
  dimensions: z.array(PackDimension).min(1),
});

export const PackEvent = z.strictObject({
  id: Slug,
  date: PartialDate,
  type: z.enum(EVENT_TYPES),
  title: LocalizedText,
  place: LocalizedText.optional(),
  actors: z.array(ActorId).default([]),
  instruments: z.array(Slug).default([]),
  source: Source,
});

const TermForms = z.array(z.string().trim().min(2)).min(1);
/** A key term of the domain in the three languages: how the library carries queries across them. */
export const PackTerm = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a lower-case slug such as nuclear-weapons'),
  kk: TermForms,
  ru: TermForms,
  en: TermForms,
});

export const Pack = z.strictObject({
  pack: Slug.describe('Name of the pack, unique across data/'),
  description: z.string().optional(),
  states: z.array(PackState).default([]),
  organizations: z.array(PackOrganization).default([]),
  memberships: z.array(PackMembership).default([]),
  chairmanships: z.array(PackChairmanship).default([]),
  instruments: z.array(PackInstrument).default([]),
  catalogues: z.array(PackCatalogue).default([]),
  events: z.array(PackEvent).default([]),
  glossary: z.array(PackTerm).default([]),
});
export type Pack = z.infer<typeof Pack>;

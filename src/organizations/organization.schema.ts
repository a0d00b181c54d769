import { z } from 'zod';
import { OrganizationId, StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';
import { FullDate } from '../platform/partial-date.js';
import { PagingQuery, pageOf } from '../platform/http/paging.js';
import { NamedRef } from '../platform/names.js';

export const OrganizationSummary = z.object({
  id: OrganizationId,
  name: LocalizedText,
  abbreviation: LocalizedText.nullable(),
  description: LocalizedText.nullable(),
});

export const OrganizationListQuery = z.strictObject({ ...PagingQuery });
export const OrganizationList = pageOf(OrganizationSummary);
export type OrganizationList = z.infer<typeof OrganizationList>;

export const OrganizationParams = z.strictObject({ id: OrganizationId });

export const Body = z.object({
  id: z.string(),
  kind: z.string(),
  name: LocalizedText,
  description: LocalizedText.nullable(),
  established: z.string().nullable(),
});

export const OrganizationDetail = OrganizationSummary.extend({
  founded: z.string().nullable(),
  headquarters: LocalizedText.nullable(),
  source: z.string(),
  bodies: z.array(Body),
  chairmanships: z.array(
    z.object({
      state: StateId,
      name: LocalizedText,
      from: z.string(),
      to: z.string().nullable(),
      source: z.string(),
    }),
  ),
  counts: z
    .object({ member: z.number().int(), observer: z.number().int(), partner: z.number().int() })
    .describe('States in each status today'),
  hasCatalogue: z.boolean(),
});
export type OrganizationDetail = z.infer<typeof OrganizationDetail>;

export const MembersQuery = z.strictObject({
  at: FullDate.optional().describe('The day to ask about; today when absent'),
  status: z.enum(['member', 'observer', 'partner']).optional(),
  kind: z
    .enum(['state', 'organization'])
    .optional()
    .describe('States (the default) or organisations that are themselves observers or partners'),
  ...PagingQuery,
});

export const Member = z.object({
  id: z.string().describe('The membership record'),
  state: StateId.nullable().describe('The member state; null when the member is an organisation'),
  organization: OrganizationId.nullable().describe(
    'The member organisation, for observer and partner organisations',
  ),
  name: LocalizedText,
  numeric: z.string().nullable().describe('ISO 3166-1 numeric code of a state, for the map'),
  status: z.enum(['member', 'observer', 'partner']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  source: z.string(),
});
export const MemberList = pageOf(Member).extend({ at: z.string(), organization: NamedRef });
export type MemberList = z.infer<typeof MemberList>;

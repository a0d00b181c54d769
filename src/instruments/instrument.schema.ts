import { z } from 'zod';
import { OrganizationId, Slug, StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';
import { NamedRef } from '../platform/names.js';
import { PagingQuery, pageOf } from '../platform/http/paging.js';
import { INSTRUMENT_KINDS } from '../packs/pack.schema.js';

export const InstrumentSummary = z.object({
  id: Slug,
  kind: z.enum(INSTRUMENT_KINDS),
  title: LocalizedText,
  organization: OrganizationId.nullable(),
  adopted: z.string().nullable(),
  signed: z.string().nullable(),
  inForce: z.string().nullable(),
  withdrawn: z.string().nullable(),
});

export const InstrumentListQuery = z.strictObject({
  kind: z.enum(INSTRUMENT_KINDS).optional(),
  organization: OrganizationId.optional(),
  party: StateId.optional().describe('Only instruments this state is a party to'),
  ...PagingQuery,
});
export const InstrumentList = pageOf(InstrumentSummary);
export type InstrumentList = z.infer<typeof InstrumentList>;

export const InstrumentParams = z.strictObject({ id: Slug });

export const InstrumentDetail = InstrumentSummary.extend({
  organizationName: LocalizedText.nullable(),
  body: NamedRef.nullable().describe('The body that adopted it'),
  place: LocalizedText.nullable(),
  parties: z.array(NamedRef),
  events: z.array(
    z.object({ id: z.string(), date: z.string(), type: z.string(), title: LocalizedText }),
  ),
  source: z.string(),
});
export type InstrumentDetail = z.infer<typeof InstrumentDetail>;

import { z } from 'zod';
import { StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';
import { NamedRef } from '../platform/names.js';
import { PagingQuery, pageOf } from '../platform/http/paging.js';

export const StateSummary = z.object({
  id: StateId,
  name: LocalizedText,
  numeric: z.string().nullable().describe('ISO 3166-1 numeric code'),
  historical: z.boolean(),
});
export type StateSummary = z.infer<typeof StateSummary>;

export const StateListQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Part of the name in any language, or the id'),
  ...PagingQuery,
});
export const StateList = pageOf(StateSummary);
export type StateList = z.infer<typeof StateList>;

export const StateParams = z.strictObject({ id: StateId });

export const StateProfile = StateSummary.extend({
  source: z.string(),
  memberships: z.array(
    z.object({
      organization: NamedRef,
      status: z.enum(['member', 'observer', 'partner']),
      from: z.string().nullable(),
      to: z.string().nullable(),
      source: z.string(),
    }),
  ),
  chairmanships: z.array(
    z.object({
      organization: NamedRef,
      from: z.string(),
      to: z.string().nullable(),
      source: z.string(),
    }),
  ),
  coordinatorRoles: z.array(
    z.object({
      organization: z.string(),
      dimension: NamedRef,
      area: NamedRef.nullable().describe('Null when the role covers the whole dimension'),
      role: z.enum(['coordinator', 'co-coordinator']),
      from: z.string().nullable(),
      to: z.string().nullable(),
      source: z.string(),
    }),
  ),
  instruments: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: LocalizedText,
      date: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({ id: z.string(), date: z.string(), type: z.string(), title: LocalizedText }),
  ),
});
export type StateProfile = z.infer<typeof StateProfile>;

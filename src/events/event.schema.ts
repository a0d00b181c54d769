import { z } from 'zod';
import { ActorId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';
import { PartialDate } from '../platform/partial-date.js';
import { PagingQuery, pageOf } from '../platform/http/paging.js';
import { EVENT_TYPES } from '../packs/pack.schema.js';

export const EventItem = z.object({
  id: z.string(),
  date: z.string().describe('ISO 8601, as precise as known: 2006-06-17, 2007-03 or 1999'),
  precision: z.enum(['year', 'month', 'day']),
  type: z.enum(EVENT_TYPES),
  title: LocalizedText,
  place: LocalizedText.nullable(),
  actors: z.array(ActorId).describe('Ids of the states, organisations and bodies involved'),
  instruments: z.array(z.string()),
  source: z.string(),
});
export type EventItem = z.infer<typeof EventItem>;

export const EventListQuery = z.strictObject({
  from: PartialDate.optional().describe('Events that may fall on or after this date'),
  to: PartialDate.optional().describe('Events that may fall on or before this date'),
  actor: ActorId.optional().describe('A state, organisation or body id'),
  type: z.enum(EVENT_TYPES).optional(),
  ...PagingQuery,
});
export type EventListQuery = z.infer<typeof EventListQuery>;
export const EventList = pageOf(EventItem);
export type EventList = z.infer<typeof EventList>;

export const Actor = z.object({
  id: ActorId,
  kind: z.enum(['state', 'organization', 'body']),
  name: LocalizedText,
  organization: z.string().nullable(),
});
export const ActorList = z.object({ items: z.array(Actor), total: z.number().int() });
export type ActorList = z.infer<typeof ActorList>;

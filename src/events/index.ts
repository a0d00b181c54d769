import { registryPolicy } from '../platform/auth/public-policy.js';
import { defineRoute } from '../platform/http/route.js';
import { listActors, listEvents } from './event.queries.js';
import { ActorList, EventList, EventListQuery } from './event.schema.js';

/** The timeline: dated events with their actors, places, instruments and sources. */
export const eventsModule = {
  name: 'events',
  auditedEntities: ['event'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/events',
      operationId: 'listEvents',
      summary: 'Events in date order, by period, actor and type',
      tag: 'events',
      access: { policy: registryPolicy, action: 'read' },
      query: EventListQuery,
      response: EventList,
      handle: ({ trx }, { query }) => listEvents(trx, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/actors',
      operationId: 'listActors',
      summary: 'Every state, organisation and body that can act in an event, with its names',
      tag: 'events',
      access: { policy: registryPolicy, action: 'read' },
      response: ActorList,
      handle: ({ trx }) => listActors(trx),
    }),
  ],
} as const;

import { registryPolicy } from '../platform/auth/public-policy.js';
import { defineRoute } from '../platform/http/route.js';
import { getStateProfile, listStates } from './state.queries.js';
import { StateList, StateListQuery, StateParams, StateProfile } from './state.schema.js';

/** States: ISO 3166-1 alpha-3 ids, names in three languages, and their profile across the record. */
export const statesModule = {
  name: 'states',
  auditedEntities: ['state'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/states',
      operationId: 'listStates',
      summary: 'States, by English name; `q` searches names in any language',
      tag: 'states',
      access: { policy: registryPolicy, action: 'read' },
      query: StateListQuery,
      response: StateList,
      handle: ({ trx }, { query }) => listStates(trx, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/states/{id}',
      operationId: 'getState',
      summary:
        'A state with its memberships over time, chairmanships, coordinator roles, instruments and events',
      tag: 'states',
      access: { policy: registryPolicy, action: 'read' },
      params: StateParams,
      response: StateProfile,
      handle: ({ trx }, { params }) => getStateProfile(trx, params.id),
    }),
  ],
} as const;

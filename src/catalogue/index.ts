import { registryPolicy } from '../platform/auth/public-policy.js';
import { defineRoute } from '../platform/http/route.js';
import { getCatalogue } from './catalogue.queries.js';
import { Catalogue, CatalogueParams, CatalogueQuery } from './catalogue.schema.js';

/** The Catalogue of CBMs: dimensions → areas → measures, in versions, with coordinator states. */
export const catalogueModule = {
  name: 'catalogue',
  auditedEntities: ['catalogue'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/organizations/{id}/catalogue',
      operationId: 'getCatalogue',
      summary: 'The catalogue of measures of an organisation, in its latest or a given version',
      tag: 'catalogue',
      access: { policy: registryPolicy, action: 'read' },
      params: CatalogueParams,
      query: CatalogueQuery,
      response: Catalogue,
      handle: ({ trx }, { params, query }) => getCatalogue(trx, params.id, query.version),
    }),
  ],
} as const;

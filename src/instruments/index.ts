import { registryPolicy } from '../platform/auth/public-policy.js';
import { defineRoute } from '../platform/http/route.js';
import { getInstrument, listInstruments } from './instrument.queries.js';
import {
  InstrumentDetail,
  InstrumentList,
  InstrumentListQuery,
  InstrumentParams,
} from './instrument.schema.js';

/** Instruments: treaties, declarations, resolutions, acts, statements, catalogues, with their dates and parties. */
export const instrumentsModule = {
  name: 'instruments',
  auditedEntities: ['instrument'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/instruments',
      operationId: 'listInstruments',
      summary: 'Instruments in date order, by kind, organisation or party',
      tag: 'instruments',
      access: { policy: registryPolicy, action: 'read' },
      query: InstrumentListQuery,
      response: InstrumentList,
      handle: ({ trx }, { query }) => listInstruments(trx, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/instruments/{id}',
      operationId: 'getInstrument',
      summary: 'An instrument with its adopting body, parties and the events around it',
      tag: 'instruments',
      access: { policy: registryPolicy, action: 'read' },
      params: InstrumentParams,
      response: InstrumentDetail,
      handle: ({ trx }, { params }) => getInstrument(trx, params.id),
    }),
  ],
} as const;

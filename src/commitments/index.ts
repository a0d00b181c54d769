import { defineRoute } from '../platform/http/route.js';
import { commitmentPolicy } from './commitment.policy.js';
import {
  Commitment,
  CommitmentBody,
  CommitmentList,
  CommitmentParams,
  CommitmentQuery,
} from './commitment.schema.js';
import { declareCommitments, listCommitments } from './commitment.use-cases.js';

/** Commitments: the measures each state declares it implements, year by year. */
export const commitmentsModule = {
  name: 'commitments',
  auditedEntities: ['commitment'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/commitments',
      operationId: 'listCommitments',
      summary: 'Declared measures per state and year',
      tag: 'commitments',
      access: { policy: commitmentPolicy, action: 'read' },
      query: CommitmentQuery,
      response: CommitmentList,
      handle: ({ trx, actor }, { query }) => listCommitments(trx, actor, query),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/commitments/{state}/{year}',
      operationId: 'declareCommitments',
      summary:
        'Declare the measures a state implements in a year (its focal point or the Secretariat)',
      tag: 'commitments',
      access: { policy: commitmentPolicy, action: 'declare' },
      params: CommitmentParams,
      body: CommitmentBody,
      response: Commitment,
      handle: ({ trx, actor }, { params, body }) =>
        declareCommitments(trx, actor, params.state, params.year, body.measures, body.basedOn),
    }),
  ],
} as const;

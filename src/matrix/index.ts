import { defineRoute } from '../platform/http/route.js';
import { matrixPolicy } from './matrix.policy.js';
import {
  Matrix,
  MatrixDiff,
  MatrixDiffQuery,
  MatrixQuery,
  Participation,
  ParticipationQuery,
} from './matrix.schema.js';
import { diffMatrices, getMatrix, getParticipation, matrixCsv } from './matrix.use-cases.js';

/** The implementation matrix and participation statistics: participation, not compliance. */
export const matrixModule = {
  name: 'matrix',
  auditedEntities: [],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/matrix',
      operationId: 'getMatrix',
      summary:
        'States × measures for a cycle: declared, reported, nil return or nothing (format=csv for a spreadsheet)',
      tag: 'matrix',
      access: { policy: matrixPolicy, action: 'read' },
      query: MatrixQuery,
      response: Matrix,
      handle: ({ trx, actor }, { query }) => getMatrix(trx, actor, query),
      formats: { csv: { type: 'text/csv; charset=utf-8', render: matrixCsv } },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/matrix/diff',
      operationId: 'diffMatrices',
      summary: 'What changed between the matrices of two cycles (two years)',
      tag: 'matrix',
      access: { policy: matrixPolicy, action: 'read' },
      query: MatrixDiffQuery,
      response: MatrixDiff,
      handle: ({ trx, actor }, { query }) => diffMatrices(trx, actor, query.cycle, query.other),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/statistics/participation',
      operationId: 'getParticipation',
      summary: 'States reporting per cycle and dimension, from published reports only',
      tag: 'matrix',
      access: { policy: matrixPolicy, action: 'read' },
      query: ParticipationQuery,
      response: Participation,
      handle: ({ trx }, { query }) => getParticipation(trx, query.organization),
    }),
  ],
} as const;

import { registryPolicy } from '../platform/auth/public-policy.js';
import { defineRoute } from '../platform/http/route.js';
import { getOrganization, listMembers, listOrganizations } from './organization.queries.js';
import {
  MemberList,
  MembersQuery,
  OrganizationDetail,
  OrganizationList,
  OrganizationListQuery,
  OrganizationParams,
} from './organization.schema.js';

/** Organisations with their bodies, memberships over time and chairmanships. */
export const organizationsModule = {
  name: 'organizations',
  auditedEntities: ['organization', 'membership', 'chairmanship'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/organizations',
      operationId: 'listOrganizations',
      summary: 'Organisations, CICA first',
      tag: 'organizations',
      access: { policy: registryPolicy, action: 'read' },
      query: OrganizationListQuery,
      response: OrganizationList,
      handle: ({ trx }, { query }) => listOrganizations(trx, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/organizations/{id}',
      operationId: 'getOrganization',
      summary: 'An organisation with its bodies, chair history and member counts today',
      tag: 'organizations',
      access: { policy: registryPolicy, action: 'read' },
      params: OrganizationParams,
      response: OrganizationDetail,
      handle: ({ trx }, { params }) => getOrganization(trx, params.id),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/organizations/{id}/members',
      operationId: 'listMembers',
      summary: 'Members, observers and partners on a given day (today by default)',
      tag: 'organizations',
      access: { policy: registryPolicy, action: 'read' },
      params: OrganizationParams,
      query: MembersQuery,
      response: MemberList,
      handle: ({ trx }, { params, query }) => listMembers(trx, params.id, query),
    }),
  ],
} as const;

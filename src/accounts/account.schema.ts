import { z } from 'zod';
import { OrganizationId, StateId } from '../platform/ids.js';

export const ACCOUNT_ROLES = [
  'admin',
  'officer',
  'focal-point',
  'contributor',
  'observer',
] as const;

const Email = z.string().trim().toLowerCase().max(254).pipe(z.email('expected an e-mail address'));
/** Long rather than complex: at least 12 characters, as NIST SP 800-63B advises. */
export const NewPassword = z
  .string()
  .min(12, 'at least 12 characters')
  .max(200, 'at most 200 characters');

export const SignInBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'required').max(200),
  code: z
    .string()
    .regex(/^\d{6}$/, 'expected the 6-digit code from your authenticator app')
    .optional(),
});
export type SignInBody = z.infer<typeof SignInBody>;

export const AccountView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  state: StateId.nullable(),
  organization: OrganizationId.nullable(),
  totpEnabled: z.boolean(),
});
export type AccountView = z.infer<typeof AccountView>;

export const SessionView = z.object({
  account: AccountView.nullable(),
  csrfToken: z
    .string()
    .nullable()
    .describe('Repeat it in the x-csrf-token header of every POST, PUT, PATCH and DELETE'),
  abilities: z
    .record(z.string(), z.boolean())
    .describe("What the caller may do with accounts: the policy's answers"),
  modules: z
    .record(z.string(), z.record(z.string(), z.boolean()))
    .describe(
      'What the caller may do in each module before choosing a record (reports, plans, commitments)',
    ),
});
export type SessionView = z.infer<typeof SessionView>;

/**
 * Whom each role acts for: the Secretariat for no state, a focal point or contributor for one state,
 * an observer for one state or one organisation. One rule, for the server and the invite form.
 */
export const ACTS_FOR = {
  admin: 'nobody',
  officer: 'nobody',
  'focal-point': 'state',
  contributor: 'state',
  observer: 'state-or-organization',
} as const satisfies Record<(typeof ACCOUNT_ROLES)[number], string>;

/** Why a role cannot act for this state or organisation, or null when it can. */
export function actsForProblem(
  role: keyof typeof ACTS_FOR,
  state: string | undefined,
  organization: string | undefined,
): string | null {
  switch (ACTS_FOR[role]) {
    case 'nobody':
      return state || organization ? 'the Secretariat acts for no state' : null;
    case 'state':
      return !state || organization ? 'a focal point or contributor acts for one state' : null;
    case 'state-or-organization':
      return !state === !organization ? 'an observer acts for one state or one organization' : null;
  }
}

export const InviteBody = z
  .strictObject({
    email: Email,
    role: z.enum(ACCOUNT_ROLES),
    state: StateId.optional(),
    organization: OrganizationId.optional(),
  })
  .superRefine((v, ctx) => {
    const problem = actsForProblem(v.role, v.state, v.organization);
    if (problem) ctx.addIssue({ code: 'custom', path: ['state'], message: problem });
  });
export type InviteBody = z.infer<typeof InviteBody>;

export const InvitationCreated = z.object({
  path: z.string().describe('The one-time link to give the invitee (relative to the site)'),
  expiresAt: z.string(),
});

export const InvitationParams = z.strictObject({
  token: z.string().regex(/^[\w-]{43}$/, 'not an invitation token'),
});
export const AcceptBody = z.strictObject({
  name: z.string().trim().min(1, 'required').max(200),
  password: NewPassword,
});

export const TotpEnrolment = z.object({ secret: z.string(), uri: z.string() });
export const TotpConfirmBody = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'expected a 6-digit code'),
});

export const AccountList = z.object({ items: z.array(AccountView), total: z.number().int() });
export const SignedOut = z.object({
  signedOut: z.number().int().describe('How many sessions ended'),
});

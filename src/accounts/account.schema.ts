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

export const InviteBody = z
  .strictObject({
    email: Email,
    role: z.enum(ACCOUNT_ROLES),
    state: StateId.optional(),
    organization: OrganizationId.optional(),
  })
  .superRefine((v, ctx) => {
    const forState = v.role === 'focal-point' || v.role === 'contributor';
    if (forState && !v.state)
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: 'a focal point or contributor acts for one state',
      });
    if (v.role === 'observer' && !v.state === !v.organization) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: 'an observer acts for one state or one organization',
      });
    }
    if ((v.role === 'admin' || v.role === 'officer') && (v.state || v.organization)) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: 'the Secretariat acts for no state',
      });
    }
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

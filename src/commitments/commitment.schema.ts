import { z } from 'zod';
import { Slug, StateId } from '../platform/ids.js';

const Year = z
  .string()
  .regex(/^\d{4}$/, 'expected a year such as 2026')
  .transform(Number)
  .pipe(z.number().int().min(1990, 'from 1990').max(2100, 'until 2100'));

export const CommitmentParams = z.strictObject({ state: StateId, year: Year });
export const CommitmentQuery = z.strictObject({ state: StateId.optional(), year: Year.optional() });
export const CommitmentBody = z.strictObject({
  measures: z
    .array(Slug)
    .max(500)
    .describe('Every measure the state implements that year; replaces the previous list'),
  basedOn: z
    .string()
    .nullable()
    .describe(
      'The declaredAt of the list the client edited (null for none): a newer list makes this a 409 conflict',
    ),
});

export const Commitment = z.object({
  state: StateId,
  year: z.number().int(),
  measures: z.array(z.string()),
  declaredAt: z.string().nullable(),
});
export type Commitment = z.infer<typeof Commitment>;
export const CommitmentList = z.object({
  items: z.array(Commitment),
  total: z.number().int(),
  abilities: z
    .record(z.string(), z.boolean())
    .describe('What the caller may do: declare, and for any state'),
});

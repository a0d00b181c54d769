import { z } from 'zod';
import { Slug, StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';

export const MatrixQuery = z.strictObject({
  cycle: Slug.describe('The reporting cycle (a year of an organisation)'),
  dimension: Slug.optional(),
  area: Slug.optional(),
  format: z.enum(['json', 'csv']).optional().describe('csv answers text/csv, one row per state'),
});

export const CELL_VALUES = ['reported', 'nil', 'declared', 'none'] as const;

export const Matrix = z.object({
  cycle: z.string(),
  year: z.number().int(),
  note: LocalizedText.describe('What the matrix means: participation, not compliance'),
  states: z.array(z.object({ id: StateId, name: LocalizedText })),
  measures: z.array(
    z.object({ id: z.string(), dimension: z.string(), area: z.string(), text: LocalizedText }),
  ),
  cells: z.array(
    z.object({
      state: StateId,
      measure: z.string(),
      value: z.enum(CELL_VALUES).describe('reported > nil return > declared only > nothing'),
      declared: z.boolean(),
    }),
  ),
});
export type Matrix = z.infer<typeof Matrix>;

export const MatrixDiffQuery = z.strictObject({
  cycle: Slug,
  other: Slug.describe('The cycle to compare with'),
});
export const MatrixDiff = z.object({
  cycle: z.string(),
  other: z.string(),
  changes: z.array(
    z.object({
      state: StateId,
      measure: z.string(),
      before: z.enum(CELL_VALUES),
      after: z.enum(CELL_VALUES),
    }),
  ),
});

export const ParticipationQuery = z.strictObject({
  organization: z
    .string()
    .regex(/^[A-Z][A-Z0-9-]*$/)
    .optional(),
});
export const Participation = z.object({
  note: LocalizedText,
  items: z.array(
    z.object({
      cycle: z.string(),
      year: z.number().int(),
      dimension: z.string(),
      dimensionName: LocalizedText,
      states: z
        .number()
        .int()
        .describe('States that published a report with an entry in this dimension'),
      entries: z.number().int(),
    }),
  ),
});
export type Participation = z.infer<typeof Participation>;

import { z } from 'zod';

const count = (name: string, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `expected a whole number`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(name === 'limit' ? 1 : 0, `must be at least ${name === 'limit' ? 1 : 0}`)
        .max(max, `must be at most ${max}`),
    )
    .optional()
    .transform((v) => v ?? fallback)
    .meta({
      description:
        name === 'limit'
          ? `How many items to answer (1–${max}, default ${fallback})`
          : 'How many items to skip',
    });

/** `?limit=&offset=` on every list. */
export const PagingQuery = {
  limit: count('limit', 500, 100),
  offset: count('offset', 1_000_000, 0),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().describe('How many items match, over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
  });

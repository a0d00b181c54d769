import { z } from 'zod';

/** Every error the API answers has this shape; `field` names the input at fault when there is one. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.enum([
        'invalid',
        'not_found',
        'unauthenticated',
        'forbidden',
        'conflict',
        'too_many',
        'unsupported_media_type',
        'too_large',
        'internal',
      ]),
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiError = z.infer<typeof ApiError>;

export function apiError(
  code: ApiError['error']['code'],
  message: string,
  field?: string,
): ApiError {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** Turns the first validation issue into an error that names the field, as a user would write it. */
export function fromZodError(error: z.ZodError, where: 'query' | 'path' | 'body'): ApiError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return apiError('invalid', `unknown ${where === 'query' ? 'filter' : 'field'} '${key}'`, key);
  }
  const field = issue.path.map(String).join('.') || where;
  return apiError('invalid', `${field}: ${issue.message}`, field);
}

/** A value for a jsonb column: SQL NULL for an absent value, never the JSON literal null. */
export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

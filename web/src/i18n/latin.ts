import { toLatin } from '@senim/kazakh';
import type { Messages } from './kk.js';

/** Kazakh in the 2021 Latin alphabet, made from the Cyrillic dictionary by the engine's transliteration. */
export function latinize<T>(value: T): T {
  if (typeof value === 'string') return toLatin(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => latinize(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, latinize(inner)]),
    ) as T;
  }
  return value;
}

export function latinMessages(kk: Messages): Messages {
  return latinize(kk);
}

export { toLatin };

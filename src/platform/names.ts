import { z } from 'zod';
import { LocalizedText } from './localized-text.js';

/** A reference to another record with the name to show for it, so clients need no second request. */
export const NamedRef = z.object({ id: z.string(), name: LocalizedText });
export type NamedRef = z.infer<typeof NamedRef>;

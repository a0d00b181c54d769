import { z } from 'zod';

/** The record is trilingual: every name and title exists in Kazakh, Russian and English. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LocalizedText = z
  .strictObject({
    kk: z.string().trim().min(1),
    ru: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .meta({ id: 'LocalizedText', description: 'The same text in Kazakh, Russian and English' });
export type LocalizedText = z.infer<typeof LocalizedText>;

import { z } from 'zod';
import { OrganizationId, Slug, StateId } from '../platform/ids.js';
import { LocalizedText } from '../platform/localized-text.js';

export const CatalogueParams = z.strictObject({ id: OrganizationId });
export const CatalogueQuery = z.strictObject({
  version: Slug.optional().describe(
    'A catalogue version id (e.g. cica-2004); the latest when absent',
  ),
});

export const Coordinator = z.object({
  state: StateId,
  name: LocalizedText,
  role: z.enum(['coordinator', 'co-coordinator']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  source: z.string(),
});

export const CatalogueVersion = z.object({
  id: z.string(),
  title: LocalizedText,
  adopted: z.string(),
  instrument: z.string().nullable(),
});

export const Catalogue = z.object({
  organization: OrganizationId,
  version: CatalogueVersion.describe('The version shown'),
  versions: z.array(CatalogueVersion),
  dimensions: z.array(
    z.object({
      id: z.string(),
      name: LocalizedText,
      coordinators: z.array(Coordinator),
      areas: z.array(
        z.object({
          id: z.string(),
          name: LocalizedText,
          since: z.string().describe('The version that introduced the area'),
          coordinators: z.array(Coordinator),
          measures: z.array(z.object({ id: z.string(), text: LocalizedText, since: z.string() })),
        }),
      ),
    }),
  ),
});
export type Catalogue = z.infer<typeof Catalogue>;

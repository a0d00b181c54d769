import { z } from 'zod';
import { ActorId } from '../platform/ids.js';
import { PartialDate } from '../platform/partial-date.js';
import { PagingQuery, pageOf } from '../platform/http/paging.js';
import { DOCUMENT_LANGUAGES } from './language.js';
import { EVENT_TYPES } from '../packs/pack.schema.js';

export const DOCUMENT_TYPES = [
  'declaration',
  'statement',
  'national-report',
  'speech',
  'article',
  'textbook',
  'news',
  'other',
] as const;
export const VISIBILITIES = ['public', 'members', 'secretariat'] as const;

export const DocumentLanguage = z.enum(DOCUMENT_LANGUAGES, 'expected kk, ru or en');
export const DocumentType = z.enum(DOCUMENT_TYPES);
export const DocumentVisibility = z.enum(VISIBILITIES, 'expected public, members or secretariat');

/** What a filer says about a document; what is left out is detected (language) or taken from the file. */
const metadataFields = {
  title: z.string().trim().min(1, 'required').max(500).optional(),
  language: DocumentLanguage.optional().describe('Overrides the detected language'),
  date: PartialDate.optional(),
  author: ActorId.optional().describe('The state, organisation or body that issued it'),
  type: DocumentType.optional(),
  visibility: DocumentVisibility.optional(),
  instruments: z.array(z.string().min(1).max(100)).max(50).optional(),
  meetings: z.array(z.string().min(1).max(100)).max(50).optional().describe('Timeline event ids'),
};

/** Query of an upload: the body is the file itself. Lists are comma-separated here. */
export const UploadDocumentQuery = z.strictObject({
  name: z.string().trim().min(1, 'required').max(200).describe('The file name'),
  ...metadataFields,
  instruments: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : undefined)),
  meetings: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : undefined)),
});
export type UploadDocumentQuery = z.infer<typeof UploadDocumentQuery>;

export const DocumentMetadataBody = z.strictObject(metadataFields);
export type DocumentMetadataBody = z.infer<typeof DocumentMetadataBody>;

export const DocumentParams = z.strictObject({ id: z.uuid('not a document id') });

const Span = { start: z.number().int(), end: z.number().int() };
export const DocumentLink = z.object({
  kind: z.enum(['state', 'organization', 'body', 'instrument', 'event']),
  id: z.string(),
  source: z.enum(['metadata', 'suggestion']),
});

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  filename: z.string().nullable(),
  format: z.string(),
  language: DocumentLanguage,
  detectedLanguage: DocumentLanguage,
  languageConfidence: z.number(),
  date: z.string().nullable(),
  author: z.string().nullable(),
  type: DocumentType,
  visibility: DocumentVisibility,
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
export const DocumentList = pageOf(DocumentSummary);
export type DocumentList = z.infer<typeof DocumentList>;
export const DocumentListQuery = z.strictObject(PagingQuery);

export const Suggestion = z.object({
  id: z.string(),
  document: z.string(),
  documentTitle: z.string(),
  kind: z.enum(['event', 'link']),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  sentence: z.object({ ...Span, text: z.string() }),
  date: z.string().nullable(),
  actors: z.array(z.string()),
  title: z.string(),
  target: z.object({ kind: z.string(), id: z.string() }).nullable(),
  event: z.string().nullable().describe('The timeline event a confirmed suggestion became'),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const DocumentDetail = DocumentSummary.extend({
  text: z.string(),
  analysis: z.object({
    engineVersion: z.string(),
    normalizedText: z.string(),
    changes: z.array(
      z.object({ ...Span, before: z.string(), after: z.string(), reason: z.string() }),
    ),
    sentences: z.array(z.object(Span)),
    dates: z.array(
      z.object({ ...Span, text: z.string(), value: z.string(), precision: z.string() }),
    ),
    entities: z.array(
      z.object({
        ...Span,
        text: z.string(),
        id: z.string(),
        type: z.string(),
        registry: z
          .enum(['state', 'organization', 'body'])
          .nullable()
          .describe('What the registry knows the id as, now; null when it is not in the registry'),
      }),
    ),
  }),
  links: z.array(DocumentLink),
  suggestions: z.array(Suggestion).describe('For the Secretariat only; empty for others'),
  abilities: z.object({ edit: z.boolean(), decide: z.boolean() }),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const SuggestionListQuery = z.strictObject({
  status: z.enum(['pending', 'confirmed', 'rejected']).optional().default('pending'),
  kind: z.enum(['event', 'link']).optional(),
  document: z.uuid('not a document id').optional(),
  ...PagingQuery,
});
export const SuggestionList = z.object({
  items: z.array(Suggestion),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type SuggestionList = z.infer<typeof SuggestionList>;
export const SuggestionParams = z.strictObject({ id: z.uuid('not a suggestion id') });

/** A confirmation may correct what the engine proposed; titles left out take the sentence's. */
export const ConfirmBody = z.strictObject({
  date: PartialDate.optional(),
  title: z
    .strictObject({
      kk: z.string().trim().min(1, 'required').max(300).optional(),
      ru: z.string().trim().min(1, 'required').max(300).optional(),
      en: z.string().trim().min(1, 'required').max(300).optional(),
    })
    .optional(),
  actors: z.array(ActorId).min(1, 'name at least one actor').max(20).optional(),
  type: z.enum(EVENT_TYPES).optional().describe('Event type; meeting unless told'),
});
export type ConfirmBody = z.infer<typeof ConfirmBody>;

export const GlossaryTerm = z.object({
  id: z.string(),
  kk: z.array(z.string()),
  ru: z.array(z.string()),
  en: z.array(z.string()),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
const variants = z
  .array(z.string().trim().min(2, 'at least two letters').max(120))
  .min(1, 'give at least one form')
  .max(10);
export const GlossaryTermParams = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,79}$/,
      'lower-case letters, digits and hyphens, e.g. nuclear-weapons',
    ),
});
export const GlossaryTermBody = z.strictObject({
  kk: variants,
  ru: variants,
  en: variants,
});
export type GlossaryTermBody = z.infer<typeof GlossaryTermBody>;
export const Glossary = z.object({ items: z.array(GlossaryTerm) });
export type Glossary = z.infer<typeof Glossary>;

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'type something to search for').max(300),
  lang: DocumentLanguage.optional().describe(
    'The language of the query; without it a Cyrillic query is read as Kazakh and Russian, a Latin one as English',
  ),
  language: DocumentLanguage.optional().describe('Only documents in this language'),
  type: DocumentType.optional(),
  from: PartialDate.optional().describe('Documents dated on or after'),
  to: PartialDate.optional().describe('Documents dated on or before'),
  author: ActorId.optional(),
  organization: ActorId.optional().describe('Documents that name this organisation'),
  state: ActorId.optional().describe('Documents that name this state'),
  ...PagingQuery,
  limit: PagingQuery.limit.transform((v) => Math.min(v, 50)),
});
export type SearchQuery = z.input<typeof SearchQuery>;
export type ParsedSearchQuery = z.output<typeof SearchQuery>;

const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const SearchResult = z.object({
  items: z.array(
    z.object({
      document: z.string(),
      title: z.string(),
      language: DocumentLanguage,
      type: DocumentType,
      date: z.string().nullable(),
      author: z.string().nullable(),
      score: z.number(),
      snippet: z.string().describe('Plain text around the best matches'),
      highlights: z
        .array(z.tuple([z.number().int(), z.number().int()]))
        .describe('Matches in the snippet as [start, end) offsets'),
    }),
  ),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  facets: z.object({
    language: Facet,
    type: Facet,
    year: Facet,
    author: Facet,
    organization: Facet,
    state: Facet,
  }),
  corrections: z
    .array(z.object({ from: z.string(), to: z.string() }))
    .describe('Words not in the library, searched as the nearest known word'),
  expansions: z
    .array(z.object({ term: z.string(), kind: z.enum(['glossary', 'entity', 'instrument']) }))
    .describe('Terms the query was carried across languages by'),
});
export type SearchResult = z.infer<typeof SearchResult>;

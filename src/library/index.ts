import { defineRoute } from '../platform/http/route.js';
import {
  addDocument,
  getDocument,
  getOriginal,
  listDocuments,
  updateMetadata,
} from './document.use-cases.js';
import { listGlossary, saveTerm } from './glossary.use-cases.js';
import { libraryPolicy } from './library.policy.js';
import {
  ConfirmBody,
  DocumentDetail,
  DocumentList,
  DocumentListQuery,
  DocumentMetadataBody,
  DocumentParams,
  DocumentSummary,
  Glossary,
  GlossaryTerm,
  GlossaryTermBody,
  GlossaryTermParams,
  SearchQuery,
  SearchResult,
  Suggestion,
  SuggestionList,
  SuggestionListQuery,
  SuggestionParams,
  UploadDocumentQuery,
} from './library.schema.js';
import { searchLibrary } from './search/search.use-cases.js';
import { confirmSuggestion, listSuggestions, rejectSuggestion } from './suggestion.use-cases.js';
import { DEFAULT_EXTRACT_LIMITS } from './extract/index.js';

const access = (action: keyof typeof libraryPolicy) => ({ policy: libraryPolicy, action });

/** The trilingual library: documents in, search across languages, suggested events and links. */
export const libraryModule = {
  name: 'library',
  auditedEntities: ['library-document', 'library-suggestion', 'library-term'],
  routes: [
    defineRoute({
      method: 'GET',
      path: '/api/search',
      operationId: 'searchLibrary',
      summary:
        'Search the library in Kazakh, Russian or English: every inflected form, typos forgiven, across languages through the registry and the glossary',
      tag: 'library',
      access: access('search'),
      query: SearchQuery,
      response: SearchResult,
      handle: ({ trx, actor }, { query }) => searchLibrary(trx, actor, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/library/documents',
      operationId: 'listDocuments',
      summary: 'The newest documents the caller may read',
      tag: 'library',
      access: access('search'),
      query: DocumentListQuery,
      response: DocumentList,
      handle: ({ trx, actor }, { query }) => listDocuments(trx, actor, query),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/library/documents',
      operationId: 'addDocument',
      summary:
        'File a document (.txt, .md, .html, .docx, or .pdf with a text layer; judged by content); it is analysed and indexed at once',
      tag: 'library',
      access: access('add'),
      query: UploadDocumentQuery,
      upload: { maxBytes: DEFAULT_EXTRACT_LIMITS.maxBytes, configurable: true },
      response: DocumentSummary,
      // The edge has already held the body to the configured limit.
      handle: ({ trx, actor }, { query, body }) =>
        addDocument(trx, actor, query, body as unknown as Buffer, { maxBytes: Infinity }),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/library/documents/{id}',
      operationId: 'getDocument',
      summary:
        'A document: its text, the normalisation changes, dates and entities with offsets, links and (for the Secretariat) suggestions',
      tag: 'library',
      access: access('read'),
      params: DocumentParams,
      response: DocumentDetail,
      handle: ({ trx, actor }, { params }) => getDocument(trx, actor, params.id),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/library/documents/{id}/original',
      operationId: 'getOriginal',
      summary: 'The file exactly as it was filed',
      tag: 'library',
      access: access('read'),
      params: DocumentParams,
      response: DocumentSummary,
      handle: ({ trx, actor }, { params }) => getOriginal(trx, actor, params.id),
      download: (d) => ({
        type: String(d['mediaType']),
        filename: String(d['filename'] ?? d['id']),
        bytes: d['content'] as Buffer,
      }),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/library/documents/{id}',
      operationId: 'updateDocument',
      summary: "Correct a document's title, language, date, author, type or visibility",
      tag: 'library',
      access: access('edit'),
      params: DocumentParams,
      body: DocumentMetadataBody,
      response: DocumentSummary,
      handle: ({ trx, actor }, { params, body }) => updateMetadata(trx, actor, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/library/suggestions',
      operationId: 'listSuggestions',
      summary: 'Events and links the engine proposes from documents (the Secretariat)',
      tag: 'library',
      access: access('decide'),
      query: SuggestionListQuery,
      response: SuggestionList,
      handle: ({ trx, actor }, { query }) => listSuggestions(trx, actor, query),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/library/suggestions/{id}/confirm',
      operationId: 'confirmSuggestion',
      summary:
        'Confirm a suggestion, corrected if need be: an event enters the timeline linked to its sentence, a link joins the document to the registry',
      tag: 'library',
      access: access('decide'),
      params: SuggestionParams,
      body: ConfirmBody,
      response: Suggestion,
      handle: ({ trx, actor }, { params, body }) => confirmSuggestion(trx, actor, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/library/suggestions/{id}/reject',
      operationId: 'rejectSuggestion',
      summary: 'Reject a suggestion; it is not proposed again',
      tag: 'library',
      access: access('decide'),
      params: SuggestionParams,
      response: Suggestion,
      handle: ({ trx, actor }, { params }) => rejectSuggestion(trx, actor, params.id),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/library/glossary',
      operationId: 'listGlossary',
      summary: 'The kk/ru/en glossary that carries queries across languages',
      tag: 'library',
      access: access('search'),
      response: Glossary,
      handle: ({ trx }) => listGlossary(trx),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/library/glossary/{id}',
      operationId: 'saveGlossaryTerm',
      summary: 'Add or correct a glossary term (the Secretariat); searches use it at once',
      tag: 'library',
      access: access('manage-glossary'),
      params: GlossaryTermParams,
      body: GlossaryTermBody,
      response: GlossaryTerm,
      handle: ({ trx, actor }, { params, body }) => saveTerm(trx, actor, params.id, body),
    }),
  ],
} as const;

/**
 * @senim/kazakh: the Kazakh text engine. Pure functions over immutable data; runs in Node and
 * in the browser. One public entry: everything a caller may use is exported here.
 */
export * from './morph/index.js';
export { normalize, applyChanges } from './normalize/normalize.js';
export type {
  Change,
  ChangeReason,
  NormalizeOptions,
  NormalizeResult,
} from './normalize/normalize.js';
export { offsetMap } from './normalize/offsets.js';
export type { OffsetMap } from './normalize/offsets.js';
export { fixLookalikes } from './normalize/lookalikes.js';
export { tokens } from './segment/tokens.js';
export type { Token, TokenKind } from './segment/tokens.js';
export { sentences } from './segment/sentences.js';
export type { Sentence } from './segment/sentences.js';
export { lemmas, lemmatizeInContext } from './lemmas/lemmas.js';
export type { LemmaToken } from './lemmas/lemmas.js';
export { toLatin, turkicUpper, turkicLower, DEFAULT_LOAN_TABLE } from './translit/to-latin.js';
export type { LoanLetter, ToLatinOptions } from './translit/to-latin.js';
export { toCyrillic, detectLatinAlphabet } from './translit/to-cyrillic.js';
export type { LatinAlphabet, ToCyrillicOptions } from './translit/to-cyrillic.js';
export { dates } from './dates/dates.js';
export type { DateMention, DatePrecision, DatesOptions } from './dates/dates.js';
export { entities } from './entities/entities.js';
export type { EntityMention } from './entities/entities.js';
export { GAZETTEER } from './entities/gazetteer.js';
export type { EntityType, GazetteerEntry } from './entities/gazetteer.js';
export { isSuffixChain, foldConfusables } from './text/suffixes.js';
export type { Lexicon } from './text/lexicon.js';

/**
 * The judged query set. Relevance comes from the generator: a query asks for one concept, and
 * the relevant documents are that concept's targets (corpus.ts), in the query's language for the
 * monolingual groups (searched with a document-language filter) and in all three languages for
 * the cross-language group (searched without one).
 */
import type { Language } from '../../src/platform/localized-text.js';
import { CONCEPTS, type Concept } from './concepts.js';
import { inflect } from './inflect-kk.js';

export const GROUPS = ['kk-base', 'ru', 'en', 'cross', 'typo'] as const;
export type Group = (typeof GROUPS)[number];

export interface JudgedQuery {
  readonly id: string;
  readonly group: Group;
  readonly q: string;
  /** The language the query is written in. */
  readonly lang: Language;
  readonly concept: string;
  /** Languages whose targets are relevant. */
  readonly judged: readonly Language[];
  /** Only documents in this language are searched (monolingual groups). */
  readonly filter?: Language;
}

const concept = (id: string): Concept => {
  const c = CONCEPTS.find((x) => x.id === id);
  if (!c) throw new Error(`no concept ${id}`);
  return c;
};

/** The Kazakh base form of a concept's first name (`су ресурстары`, `Алматы актісі`). */
export function kkBase(c: Concept): string {
  const name = c.kk[0]!;
  return inflect(name.phrase, { ...name.form, case: 'nom' });
}

const mono = (group: Group, lang: Language, id: string, q: string): JudgedQuery => ({
  id: `${group}:${q}`,
  group,
  q,
  lang,
  concept: id,
  judged: [lang],
  filter: lang,
});

const cross = (lang: Language, id: string, q: string): JudgedQuery => ({
  id: `cross:${q}`,
  group: 'cross',
  q,
  lang,
  concept: id,
  judged: ['kk', 'ru', 'en'],
});

const RU: readonly [string, string][] = [
  ['drugs', 'наркотики'],
  ['terrorism', 'терроризм'],
  ['extremism', 'экстремизм'],
  ['nuclear-weapons', 'ядерное оружие'],
  ['chemical-weapons', 'химическое оружие'],
  ['borders', 'граница'],
  ['water', 'водные ресурсы'],
  ['migration', 'миграция'],
  ['energy', 'энергетика'],
  ['epidemics', 'эпидемия'],
  ['turkiye', 'Турция'],
  ['csto', 'ОДКБ'],
];

const EN: readonly [string, string][] = [
  ['drugs', 'illicit drugs'],
  ['terrorism', 'terrorism'],
  ['nuclear-weapons', 'nuclear weapons'],
  ['borders', 'border security'],
  ['water', 'water resources'],
  ['ecology', 'ecology'],
  ['cybercrime', 'cybercrime'],
  ['disasters', 'natural disasters'],
  ['food-security', 'food security'],
  ['vietnam', 'Vietnam'],
  ['sco', 'Shanghai Cooperation Organisation'],
  ['almaty-act', 'Almaty Act'],
];

const CROSS: readonly [Language, string, string][] = [
  ['kk', 'drugs', 'есірткі'],
  ['kk', 'turkiye', 'Түркия'],
  ['kk', 'sco', 'ШЫҰ'],
  ['kk', 'water', 'су ресурстары'],
  ['kk', 'epidemics', 'індет'],
  ['ru', 'terrorism', 'терроризм'],
  ['ru', 'migration', 'миграция'],
  ['ru', 'csto', 'ОДКБ'],
  ['ru', 'mongolia', 'Монголия'],
  ['ru', 'energy', 'энергетическая безопасность'],
  ['en', 'nuclear-weapons', 'nuclear weapons'],
  ['en', 'vietnam', 'Vietnam'],
  ['en', 'nato', 'NATO'],
  ['en', 'almaty-act', 'Almaty Act'],
  ['en', 'disasters', 'natural disasters'],
  ['en', 'turkiye', 'Turkey'],
];

/** Misspelt queries: Kazakh typed without Kazakh letters, dropped or doubled letters. */
const TYPO: readonly [Language, string, string][] = [
  ['kk', 'drugs', 'есиртки'],
  ['kk', 'nuclear-weapons', 'ядролык кару'],
  ['kk', 'borders', 'шекра'],
  ['kk', 'turkiye', 'Туркия'],
  ['kk', 'migration', 'коши-кон'],
  ['ru', 'terrorism', 'терорризм'],
  ['ru', 'drugs', 'наркотков'],
  ['en', 'terrorism', 'terorism'],
  ['en', 'migration', 'migraton'],
  ['en', 'mongolia', 'Mongolya'],
  ['en', 'cybercrime', 'cybercrme'],
];

// Monolingual queries use a concept's first name, which every target in that language carries
// (in some form); cross-language queries may use another name, as users do.
export const QUERIES: readonly JudgedQuery[] = [
  ...CONCEPTS.map((c) => mono('kk-base', 'kk', c.id, kkBase(c))),
  ...RU.map(([id, q]) => mono('ru', 'ru', concept(id).id, q)),
  ...EN.map(([id, q]) => mono('en', 'en', concept(id).id, q)),
  ...CROSS.map(([lang, id, q]) => cross(lang, concept(id).id, q)),
  ...TYPO.map(([lang, id, q]) => ({ ...mono('typo', lang, concept(id).id, q), id: `typo:${q}` })),
];

import { fixLookalikes } from '../normalize/lookalikes.js';
import { tokens, type Token } from '../segment/tokens.js';
import { foldConfusables, isFoldedSuffixChain } from '../text/suffixes.js';
import { GAZETTEER, type EntityType, type GazetteerEntry } from './gazetteer.js';

/** A mention of a registry entity, with offsets into the original text. */
export interface EntityMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly type: EntityType;
}

type Language = 'kk' | 'ru' | 'en' | 'abbr' | 'adj';

interface NameWord {
  /** Folded lower-case key (`ұйымы` → `уиымы`). */
  readonly key: string;
  /** Surface as written in the registry, for acronyms. */
  readonly raw: string;
  readonly acronym: boolean;
}

interface Name {
  readonly entry: GazetteerEntry;
  readonly words: readonly NameWord[];
  readonly language: Language;
  readonly length: number;
}

interface TokenView {
  readonly token: Token;
  readonly fixed: string;
  readonly key: string;
  readonly capital: boolean;
}

function isAcronymWord(w: string): boolean {
  const letters = [...w].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return upper >= 2 && /[\p{Lu}\d]$/u.test(w);
}

function keyOf(s: string): string {
  return foldConfusables(s.toLowerCase().replace(/ё/gu, 'е'));
}

function compile(entry: GazetteerEntry, name: string, language: Language): Name {
  const words = name
    .replace(/,/gu, '')
    .split(/\s+/u)
    .filter((w) => w !== '—')
    .map((w) => ({ key: keyOf(w), raw: w, acronym: isAcronymWord(w) }));
  return { entry, words, language, length: name.length };
}

const NAMES: readonly Name[] = GAZETTEER.flatMap((e) => [
  ...e.kk.map((n) => compile(e, n, 'kk')),
  ...(e.ru ?? []).map((n) => compile(e, n, 'ru')),
  ...(e.en ?? []).map((n) => compile(e, n, 'en')),
  ...(e.abbr ?? []).map((n) => compile(e, n, 'abbr')),
  ...(e.adj ?? []).map((n) => compile(e, n, 'adj')),
]);

const INDEX_PREFIX = 3;

/** Names indexed by the first word: acronyms by surface, other words by a folded prefix. */
const BY_ACRONYM = new Map<string, Name[]>();
const BY_PREFIX = new Map<string, Name[]>();
for (const name of NAMES) {
  const first = name.words[0]!;
  const map = first.acronym ? BY_ACRONYM : BY_PREFIX;
  const key = first.acronym ? first.key : first.key.slice(0, INDEX_PREFIX);
  const list = map.get(key) ?? [];
  list.push(name);
  map.set(key, list);
}
for (const list of [...BY_ACRONYM.values(), ...BY_PREFIX.values()])
  list.sort((a, b) => b.words.length - a.words.length || b.length - a.length);

const RUSSIAN_ENDINGS = new Set(
  [
    '',
    'а',
    'я',
    'ы',
    'и',
    'у',
    'ю',
    'е',
    'ой',
    'ей',
    'ом',
    'ем',
    'ам',
    'ям',
    'ах',
    'ях',
    'ами',
    'ями',
    'ого',
    'его',
    'ому',
    'ему',
    'ых',
    'их',
    'ым',
    'им',
    'ую',
    'юю',
    'ая',
    'яя',
    'ое',
    'ее',
    'ие',
    'ые',
    'ий',
    'ый',
    'ой',
    'ии',
    'ию',
    'ией',
    'ью',
  ].map(foldConfusables),
);
const ADJECTIVE_SUFFIX = /^(?:лык|лик|дык|дик|тык|тик)/u;

function stemAlternatives(key: string): readonly string[] {
  const last = key[key.length - 1];
  const voiced = last === 'к' ? 'г' : last === 'п' ? 'б' : undefined;
  return voiced ? [key, key.slice(0, -1) + voiced] : [key];
}

/** Does token `t` spell name word `w`? `last` words may be inflected; `ru` words inflect anywhere. */
function matchesWord(t: TokenView, w: NameWord, last: boolean, language: Language): boolean {
  if (w.acronym) {
    const m = /^([^-]+?)(?:[-‐‑](.+)|(\p{Ll}+)|(['’]s))?$/u.exec(t.fixed);
    if (!m) return false;
    const base = m[1]!;
    if (
      base !== w.raw &&
      !(base.length >= 3 && base.toUpperCase() === base && keyOf(base) === w.key)
    )
      return false;
    const ending = m[2] ?? m[3];
    if (ending === undefined) return true;
    return isFoldedSuffixChain(keyOf(ending)) || /^[\p{Ll}]{1,4}$/u.test(ending);
  }
  if (t.key === w.key) return true;
  if (language === 'en') return last && (t.key === `${w.key}'s` || t.key === `${w.key}’s`);
  if (language === 'ru') {
    const stem = w.key.replace(/[аяоеиыйьу]+$/u, '');
    return (
      stem.length >= 3 && t.key.startsWith(stem) && RUSSIAN_ENDINGS.has(t.key.slice(stem.length))
    );
  }
  if (!last) return false;
  for (const stem of stemAlternatives(w.key)) {
    if (t.key.length > stem.length && t.key.startsWith(stem)) {
      let rest = t.key.slice(stem.length);
      if (rest.startsWith('-')) rest = rest.slice(1);
      if (isFoldedSuffixChain(rest)) return true;
    }
  }
  return false;
}

function matchAt(views: readonly TokenView[], i: number, name: Name): number {
  const n = name.words.length;
  let j = i;
  for (let k = 0; k < n; k++, j++) {
    // Commas inside long names (`образования, науки и культуры`) are not part of the name's words.
    if (k > 0 && views[j]?.token.text === ',') j++;
    const t = views[j];
    if (!t || (t.token.kind !== 'word' && t.token.kind !== 'number')) return -1;
    if (k > 0 && t.token.start - views[j - 1]!.token.end > 2) return -1;
    if (!matchesWord(t, name.words[k]!, k === n - 1, name.language)) return -1;
  }
  const first = views[i]!;
  if (name.language !== 'adj' && !name.words[0]!.acronym && !first.capital) {
    // Lower case is fine only for derived adjectives: `қазақстандық`, `ресейлік`.
    const rest = first.key.slice(name.words[0]!.key.length);
    if (n > 1 || !ADJECTIVE_SUFFIX.test(rest)) return -1;
  }
  return j - 1;
}

/**
 * Finds states, organisations (and some places and persons) in any inflected, abbreviated or
 * damaged form and links them to registry ids: ISO 3166-1 alpha-3 for states (SUN for the USSR),
 * acronyms for organisations (`UN`, `SCO`, `CICA`). Kazakh, Russian and English names,
 * abbreviations with endings (`БҰҰ-ның`, `ШЫҰна`), adjectives (`американ`, `британдық`) and
 * OCR-damaged letters (`Кытай`) are recognised; the longest name wins.
 * @example
 * entities('Біріккен Ұлттар Ұйымының және ШЫҰ-ның отырысы').map((e) => e.id); // ['UN', 'SCO']
 */
export function entities(text: string): readonly EntityMention[] {
  const views: TokenView[] = tokens(text).map((token) => {
    const fixed = fixLookalikes(token.text);
    const first = fixed[0] ?? '';
    return { token, fixed, key: keyOf(fixed), capital: first !== first.toLowerCase() };
  });
  const out: EntityMention[] = [];
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    if (v.token.kind !== 'word' && v.token.kind !== 'number') continue;
    const acronymBase = /^([^-]+?)(?:[-‐‑].*|\p{Ll}+|['’]s)?$/u.exec(v.fixed)?.[1] ?? v.fixed;
    const candidates = [
      ...(BY_ACRONYM.get(keyOf(acronymBase)) ?? []),
      ...(BY_PREFIX.get(v.key.slice(0, INDEX_PREFIX)) ?? []),
    ];
    let best: { name: Name; last: number } | undefined;
    for (const name of candidates) {
      const last = matchAt(views, i, name);
      if (last < 0) continue;
      if (!best || last > best.last || (last === best.last && name.length > best.name.length))
        best = { name, last };
    }
    if (!best) continue;
    const start = v.token.start;
    const end = views[best.last]!.token.end;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      id: best.name.entry.id,
      type: best.name.entry.type,
    });
    i = best.last;
  }
  return out;
}

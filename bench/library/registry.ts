/**
 * The registry's facts the corpus is written from: states, organisations, events, instruments and
 * catalogue measures from the data packs. Anything that names a reserved concept (see concepts.ts)
 * is set aside, so background documents cannot mention what the judged queries ask for.
 */
import { readPacks, formatProblem } from '../../src/packs/read-packs.js';
import type { Language, LocalizedText } from '../../src/platform/localized-text.js';
import { CONCEPTS, markerPattern } from './concepts.js';

export interface Named {
  readonly id: string;
  readonly name: LocalizedText;
  /** Acronym per language, for organisations that have one. */
  readonly abbreviation?: LocalizedText;
}

/** A sentence-length fact, already written in each language by the packs. */
export interface Fact {
  readonly id: string;
  readonly date?: string;
  readonly text: LocalizedText;
}

export interface Registry {
  readonly states: readonly Named[];
  readonly organizations: readonly Named[];
  /** Event titles and instrument titles. */
  readonly events: readonly Fact[];
  readonly instruments: readonly Fact[];
  /** Catalogue measures and organisation or body descriptions. */
  readonly measures: readonly Fact[];
  readonly descriptions: readonly Fact[];
  /** Ids of every state and organisation, reserved ones included (for entity checks). */
  readonly allIds: ReadonlySet<string>;
}

const RESERVED = CONCEPTS.flatMap(markerPattern);
const reservedIds = new Set(CONCEPTS.flatMap((c) => (c.entity ? [c.entity] : [])));

/** True when a text mentions a reserved concept in any language. */
export function mentionsReserved(text: string): boolean {
  return RESERVED.some((pattern) => pattern.test(text));
}

const clean = (t: LocalizedText) => !mentionsReserved(`${t.kk}\n${t.ru}\n${t.en}`);

export async function loadRegistry(packsDir: string): Promise<Registry> {
  const read = await readPacks(packsDir);
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  const packs = read.packs.map((p) => p.pack);
  const states: Named[] = [];
  const organizations: Named[] = [];
  const events: Fact[] = [];
  const instruments: Fact[] = [];
  const measures: Fact[] = [];
  const descriptions: Fact[] = [];
  const allIds = new Set<string>();
  for (const pack of packs) {
    for (const s of pack.states) {
      allIds.add(s.id);
      if (!reservedIds.has(s.id) && !s.historical && clean(s.name))
        states.push({ id: s.id, name: s.name });
    }
    for (const o of pack.organizations) {
      allIds.add(o.id);
      const ok =
        !reservedIds.has(o.id) && clean(o.name) && (!o.abbreviation || clean(o.abbreviation));
      if (ok) {
        organizations.push({
          id: o.id,
          name: o.name,
          ...(o.abbreviation ? { abbreviation: o.abbreviation } : {}),
        });
        if (o.description && clean(o.description))
          descriptions.push({ id: o.id, text: o.description });
      }
      for (const b of o.bodies) {
        if (ok && b.description && clean(b.description))
          descriptions.push({ id: b.id, text: b.description });
      }
    }
    for (const e of pack.events) {
      if (clean(e.title)) events.push({ id: e.id, date: e.date, text: e.title });
    }
    for (const i of pack.instruments) {
      if (clean(i.title)) instruments.push({ id: i.id, text: i.title });
    }
    for (const catalogue of pack.catalogues) {
      for (const dimension of catalogue.dimensions) {
        for (const area of dimension.areas) {
          for (const m of area.measures)
            if (clean(m.text)) measures.push({ id: m.id, text: m.text });
        }
      }
    }
  }
  return { states, organizations, events, instruments, measures, descriptions, allIds };
}

/** The name of a registry item in one language: the acronym where there is one, half the time. */
export function nameIn(item: Named, language: Language, short: boolean): string {
  return short && item.abbreviation ? item.abbreviation[language] : item.name[language];
}

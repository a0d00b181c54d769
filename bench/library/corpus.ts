/**
 * The benchmark corpus: deterministic, synthetic but realistic documents in Kazakh, Russian and
 * English, written from the registry's facts and the templates in text-*.ts. Any document can be
 * made from its index alone, so 100,000 documents never sit in memory and a larger corpus extends
 * a smaller one (the first 10,000 documents of a 100,000 corpus are the 10,000 corpus).
 *
 * Targets come first: for every concept of concepts.ts, TARGETS[language] documents that plant it.
 * Background documents follow; they never mention a concept (checked by `checkDocument`).
 */
import type { Language } from '../../src/platform/localized-text.js';
import { CONCEPTS, markerPattern, type Concept, type RuCase } from './concepts.js';
import { damage } from './damage.js';
import { declineRu } from './decline-ru.js';
import {
  DOCUMENT_TYPES,
  type CorpusDocument,
  type DamageKind,
  type DocumentType,
} from './document.js';
import { and as kkAnd, inflect, type Case } from './inflect-kk.js';
import { Random, seedFor } from './prng.js';
import { mentionsReserved, nameIn, type Fact, type Named, type Registry } from './registry.js';
import {
  EN_CONCEPT_LINES,
  EN_HEADINGS,
  EN_LINES,
  EN_TITLES,
  enFactLine,
  type EnPen,
} from './text-en.js';
import {
  KK_CONCEPT_LINES,
  KK_HEADINGS,
  KK_LINES,
  KK_TITLES,
  kkFactLine,
  type KkPen,
} from './text-kk.js';
import {
  RU_CONCEPT_LINES,
  RU_HEADINGS,
  RU_LINES,
  RU_TITLES,
  ruFactLine,
  type RuPen,
} from './text-ru.js';
import { CITIES, TOPICS, type Topic } from './topics.js';

/** Target documents per concept and language. */
export const TARGETS: Readonly<Record<Language, number>> = { kk: 4, ru: 3, en: 3 };
const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];
/** Share of background documents per language. */
const LANGUAGE_MIX: readonly [Language, number][] = [
  ['kk', 0.4],
  ['ru', 0.3],
  ['en', 0.3],
];
/** Share of Kazakh documents that carry damage. */
const DAMAGED_SHARE = 0.35;

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

interface Spec {
  readonly key: string;
  readonly language: Language;
  readonly concept?: Concept;
  /** Which of the concept's targets in this language (0-based). */
  readonly n?: number;
}

export class Corpus {
  private readonly targets: Spec[];

  constructor(
    private readonly registry: Registry,
    private readonly seed = 2024,
  ) {
    this.targets = CONCEPTS.flatMap((concept) =>
      LANGUAGES.flatMap((language) =>
        Array.from({ length: TARGETS[language] }, (_, n) => ({
          key: `t-${concept.id}-${language}-${n}`,
          language,
          concept,
          n,
        })),
      ),
    );
  }

  get targetCount(): number {
    return this.targets.length;
  }

  /** The document at `index`: targets first, then background documents. */
  documentAt(index: number): CorpusDocument {
    const rng = new Random(seedFor(this.seed, index));
    const spec = this.targets[index] ?? this.backgroundSpec(index - this.targets.length, rng);
    return new Writer(this.registry, spec, rng).write();
  }

  *documents(count: number, from = 0): Generator<CorpusDocument> {
    for (let i = from; i < count; i++) yield this.documentAt(i);
  }

  /** Keys of the documents that plant `conceptId` in one of `languages`. */
  relevant(conceptId: string, languages: readonly Language[]): string[] {
    return this.targets
      .filter((t) => t.concept!.id === conceptId && languages.includes(t.language))
      .map((t) => t.key);
  }

  private backgroundSpec(n: number, rng: Random): Spec {
    let x = rng.next();
    for (const [language, share] of LANGUAGE_MIX) {
      if (x < share) return { key: `b-${n}`, language };
      x -= share;
    }
    return { key: `b-${n}`, language: 'en' };
  }
}

/** Writes one document; keeps track of the entities and topics it names. */
class Writer {
  private readonly entities = new Set<string>();
  private readonly states: readonly Named[];
  private readonly orgs: readonly Named[];
  private readonly topics: readonly Topic[];
  private lastState: Named | undefined;

  constructor(
    private readonly registry: Registry,
    private readonly spec: Spec,
    private readonly rng: Random,
  ) {
    this.states = rng.sample(registry.states, 4);
    this.orgs = rng.sample(registry.organizations, 2);
    this.topics = rng.sample(TOPICS, 3);
  }

  write(): CorpusDocument {
    const { rng, spec } = this;
    const language = spec.language;
    const type: DocumentType = rng.pick(DOCUMENT_TYPES);
    const year = rng.int(1999, 2025);
    const date = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const author =
      type === 'statement' || type === 'national-report'
        ? this.states[0]!.id
        : type === 'declaration'
          ? this.orgs[0]!.id
          : null;
    if (author) this.entities.add(author);
    const concept = spec.concept;
    // Length in characters: roughly normal around 5,000 (sum of uniforms), within 1,800..10,000.
    const target = Math.round(
      Math.min(
        10_000,
        Math.max(1_800, 5_000 + (rng.next() + rng.next() + rng.next() - 1.5) * 3_000),
      ),
    );
    const lines = this.lines(language);
    const plants = concept ? rng.int(3, 7) : 0;
    let planted = 0;
    const paragraphs: string[] = [];
    const headings = this.headings(language, type);
    if (type === 'news') paragraphs.push(this.dateline(language, year, date));
    let length = 0;
    let section = 0;
    while (length < target || planted < plants) {
      if (headings.length > 0 && paragraphs.length % 3 === 0 && section < headings.length) {
        paragraphs.push(headings[section]!);
        section += 1;
      }
      const sentences: string[] = [];
      const count = rng.int(3, 6);
      for (let s = 0; s < count; s++) {
        const remainingParagraphs = Math.max(1, Math.ceil((target - length) / 600));
        const due =
          concept && planted < plants && rng.chance((plants - planted) / (remainingParagraphs * 2));
        if (concept && (due || (length >= target && planted < plants))) {
          sentences.push(lines.concept(concept, planted));
          planted += 1;
        } else if (rng.chance(0.12)) {
          sentences.push(lines.fact());
        } else {
          sentences.push(lines.background());
        }
      }
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const title = lines.title(type, concept && rng.chance(0.5) ? concept : undefined);
    let text = paragraphs.join('\n\n');
    let finalTitle = title;
    const kinds: DamageKind[] = [];
    if (language === 'kk' && this.damaged()) {
      kinds.push(
        ...rng.sample<DamageKind>(
          ['lookalike', 'ocr', 'acronym-hyphen', 'line-break'],
          rng.int(1, 4),
        ),
      );
      text = damage(text, kinds, rng);
      finalTitle = damage(
        title,
        kinds.filter((k) => k !== 'line-break'),
        rng,
      );
    }
    if (concept?.entity) this.entities.add(concept.entity);
    return {
      key: spec.key,
      language,
      title: finalTitle,
      text,
      type,
      date,
      author,
      topics: [...(concept ? [concept.id] : []), ...this.topics.map((t) => t.id)],
      entities: [...this.entities].sort(),
      damage: kinds,
    };
  }

  /** Half of a concept's Kazakh targets are damaged; others by the corpus share. */
  private damaged(): boolean {
    if (this.spec.concept) return this.spec.n! % 2 === 1;
    return this.rng.chance(DAMAGED_SHARE);
  }

  private dateline(language: Language, year: number, date: string): string {
    const city = this.rng.pick(CITIES)[language];
    const day = Number(date.slice(8, 10));
    const month = Number(date.slice(5, 7));
    if (language === 'kk') return `${city}, ${year} жылғы ${day} ${KK_MONTHS[month - 1]}.`;
    if (language === 'ru') return `${city}, ${date.split('-').reverse().join('.')}.`;
    return `${city}, ${date}.`;
  }

  private headings(language: Language, type: DocumentType): readonly string[] {
    return (language === 'kk' ? KK_HEADINGS : language === 'ru' ? RU_HEADINGS : EN_HEADINGS)[type];
  }

  private state(): Named {
    const s = this.rng.pick(this.states);
    this.lastState = s;
    this.entities.add(s.id);
    return s;
  }

  private other(): Named {
    const s = this.rng.pick(this.states.filter((x) => x !== this.lastState));
    this.lastState = s;
    this.entities.add(s.id);
    return s;
  }

  private org(): Named {
    const o = this.rng.pick(this.orgs);
    this.entities.add(o.id);
    return o;
  }

  private topic(): Topic {
    return this.rng.pick(this.topics);
  }

  private fact(language: Language): string {
    const { registry, rng } = this;
    const pool: readonly Fact[] = rng.pick([
      registry.events,
      registry.events,
      registry.measures,
      registry.descriptions,
    ]);
    const fact = rng.pick(pool);
    const text = fact.text[language];
    if (language === 'kk') return kkFactLine(fact.date, text);
    if (language === 'ru') return ruFactLine(fact.date, text);
    return enFactLine(fact.date, text);
  }

  private lines(language: Language): Lines {
    if (language === 'kk') return this.kkLines();
    if (language === 'ru') return this.ruLines();
    return this.enLines();
  }

  private kkLines(): Lines {
    const { rng } = this;
    const pen: KkPen = {
      state: (c: Case) => inflect(this.state().name.kk, { case: c }),
      other: (c: Case) => inflect(this.other().name.kk, { case: c }),
      org: (c: Case) => {
        const o = this.org();
        return c === 'nom'
          ? nameIn(o, 'kk', rng.chance(0.5))
          : inflect(nameIn(o, 'kk', true), { case: c });
      },
      topic: (c: Case) => {
        const t = this.topic();
        return inflect(t.kk.phrase, { ...t.kk.form, case: c });
      },
      year: () => rng.int(1999, 2025),
      city: () => rng.pick(CITIES).kk,
      count: () => rng.int(5, 27),
      and: kkAnd,
    };
    return {
      background: () => rng.pick(KK_LINES)(pen),
      fact: () => this.fact('kk'),
      concept: (concept, planted) => {
        const name = planted < 2 ? concept.kk[0]! : rng.pick(concept.kk);
        return rng.pick(KK_CONCEPT_LINES[concept.kind])(pen, (c) =>
          inflect(name.phrase, { ...name.form, case: c }),
        );
      },
      title: (type, concept) => {
        const subject = concept
          ? inflect(concept.kk[0]!.phrase, { ...concept.kk[0]!.form, case: 'gen' })
          : pen.topic('gen');
        return rng.pick(KK_TITLES[type])(subject, pen);
      },
    };
  }

  private ruLines(): Lines {
    const { rng } = this;
    let gender: 'm' | 'f' | 'pl' = 'm';
    const track = (s: Named, c: RuCase) => {
      if (c === 'nom') gender = ruGender(s.name.ru);
      return declineRu(s.name.ru, c);
    };
    const pen: RuPen = {
      state: (c) => track(this.state(), c),
      other: (c) => track(this.other(), c),
      org: (c) => {
        const o = this.org();
        return c === 'nom' ? nameIn(o, 'ru', rng.chance(0.5)) : nameIn(o, 'ru', true);
      },
      topic: (c) => this.topic().ru[c],
      year: () => rng.int(1999, 2025),
      city: () => rng.pick(CITIES).ru,
      count: () => rng.int(5, 27),
      v: (verb) => agree(verb, gender),
    };
    return {
      background: () => rng.pick(RU_LINES)(pen),
      fact: () => this.fact('ru'),
      concept: (concept, planted) => {
        const forms = planted < 2 ? concept.ru[0]! : rng.pick(concept.ru);
        return rng.pick(RU_CONCEPT_LINES[concept.kind])(pen, (c) => forms[c]);
      },
      title: (type, concept) =>
        rng.pick(RU_TITLES[type])(concept ? concept.ru[0]!.gen : pen.topic('gen'), pen),
    };
  }

  private enLines(): Lines {
    const { rng } = this;
    const pen: EnPen = {
      state: () => this.state().name.en,
      other: () => this.other().name.en,
      org: () => {
        const o = this.org();
        return rng.chance(0.5) && o.abbreviation ? o.abbreviation.en : `the ${o.name.en}`;
      },
      topic: () => this.topic().en,
      year: () => rng.int(1999, 2025),
      city: () => rng.pick(CITIES).en,
      count: () => rng.int(5, 27),
    };
    return {
      background: () => rng.pick(EN_LINES)(pen),
      fact: () => this.fact('en'),
      concept: (concept, planted) => {
        const name = planted < 2 ? concept.en[0]! : rng.pick(concept.en);
        return rng.pick(EN_CONCEPT_LINES[concept.kind])(pen, name);
      },
      title: (type, concept) =>
        rng.pick(EN_TITLES[type])(concept ? concept.en[0]! : pen.topic(), pen),
    };
  }
}

interface Lines {
  background(): string;
  fact(): string;
  concept(concept: Concept, planted: number): string;
  title(type: DocumentType, concept: Concept | undefined): string;
}

function ruGender(name: string): 'm' | 'f' | 'pl' {
  if (/(?:ы|Штаты Америки)$/u.test(name)) return 'pl';
  if (/[аяь]$/u.test(name) || name.startsWith('Республика')) return 'f';
  return 'm';
}

/** A verb agreeing with its subject: `утвердил` → `утвердила`, `утвердили`. */
function agree(verb: string, gender: 'm' | 'f' | 'pl'): string {
  if (gender === 'm') return verb;
  if (verb.endsWith('ся')) return verb.slice(0, -2) + (gender === 'f' ? 'ась' : 'ись');
  if (verb.endsWith('л')) return verb + (gender === 'f' ? 'а' : 'и');
  if (verb.endsWith('ен')) return verb + (gender === 'f' ? 'а' : 'ы');
  if (verb.endsWith('ет')) return gender === 'pl' ? verb.slice(0, -2) + 'ют' : verb;
  return verb;
}

const pad = (n: number) => String(n).padStart(2, '0');

const CONCEPT_PATTERNS = new Map(CONCEPTS.map((c) => [c.id, markerPattern(c)]));

/**
 * The generator's promises for one document; the problems found (an empty list when it keeps
 * them). Background documents name no concept; a target names its own concept and no other;
 * a Kazakh target never carries its concept's base form, only inflected forms.
 */
export function checkDocument(doc: CorpusDocument): string[] {
  const body = `${doc.title}\n${doc.text}`;
  const own = doc.key.startsWith('t-') ? CONCEPTS.find((c) => doc.topics[0] === c.id) : undefined;
  if (!own)
    return mentionsReserved(body) ? [`${doc.key}: a background document names a concept`] : [];
  const problems: string[] = [];
  for (const [id, patterns] of CONCEPT_PATTERNS) {
    const found = patterns.some((p) => p.test(body));
    if (id === own.id && !found) problems.push(`${doc.key}: its concept is missing`);
    if (id !== own.id && found) problems.push(`${doc.key}: names another concept, ${id}`);
  }
  if (doc.language === 'kk') {
    const k = own.kk[0]!;
    const base = inflect(k.phrase, { ...k.form, case: 'nom' });
    if (new RegExp(`(?<![\\p{L}-])${base}(?![\\p{L}-])`, 'u').test(body))
      problems.push(`${doc.key}: the base form "${base}" occurs`);
  }
  return problems;
}

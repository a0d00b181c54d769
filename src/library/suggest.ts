import type { DocumentAnalysis, Span } from './analysis.js';
import { withParents } from './entity-parents.js';

export interface SuggestedEvent {
  key: string;
  sentence: Span & { text: string };
  /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD): the start of a range. */
  date: string;
  actors: string[];
  title: string;
}

export interface SuggestedLink {
  key: string;
  sentence: Span & { text: string };
  /** A registry id; whether a state, an organisation or a body is the registry's to say. */
  targetId: string;
}

const ACTOR_TYPES = new Set(['state', 'organization']);
const TITLE_LENGTH = 160;

/**
 * A dated sentence that names states or organisations is a candidate event: its first date, the
 * actors in the order named, and the sentence itself as a one-line title. A person decides.
 */
export function suggestEvents(text: string, analysis: DocumentAnalysis): SuggestedEvent[] {
  const suggestions: SuggestedEvent[] = [];
  analysis.sentences.forEach((span, index) => {
    const date = analysis.dates.find((d) => d.sentence === index);
    if (!date) return;
    const actors = [
      ...new Set(
        analysis.entities
          .filter((e) => e.sentence === index && ACTOR_TYPES.has(e.type))
          .map((e) => e.id),
      ),
    ];
    if (actors.length === 0) return;
    const start = date.value.split('/')[0]!;
    const sentence = text.slice(span.start, span.end);
    suggestions.push({
      key: `${start}@${span.start}`,
      sentence: { ...span, text: sentence },
      date: start,
      actors,
      title: oneLine(sentence),
    });
  });
  return suggestions;
}

/** Each state or organisation a document names is a candidate link, shown with its first mention. */
export function suggestLinks(text: string, analysis: DocumentAnalysis): SuggestedLink[] {
  const seen = new Map<string, SuggestedLink>();
  for (const entity of analysis.entities) {
    if (entity.type !== 'state' && entity.type !== 'organization') continue;
    const span = analysis.sentences[entity.sentence] ?? { start: entity.start, end: entity.end };
    // (a body's organisation is named with it: Саммит СВМДА names CICA too)
    for (const id of withParents([entity.id])) {
      const key = `${entity.type}:${id}`;
      if (seen.has(key)) continue;
      seen.set(key, {
        key,
        sentence: { ...span, text: text.slice(span.start, span.end) },
        targetId: id,
      });
    }
  }
  return [...seen.values()];
}

/** The sentence on one line, cut at a word boundary when it is long. */
export function oneLine(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= TITLE_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', TITLE_LENGTH - 1);
  return `${flat.slice(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1)}…`;
}

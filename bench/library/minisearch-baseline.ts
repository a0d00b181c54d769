/** Baseline (a): MiniSearch in memory over title and text, with its default tokenizer. */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { CorpusDocument } from './document.js';
import type { JudgedQuery } from './queries.js';

interface Stored {
  key: string;
  language: string;
}

export class MiniSearchBaseline {
  private readonly index = new MiniSearch<CorpusDocument>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: ['language'],
  });

  add(doc: CorpusDocument): void {
    this.index.add(doc);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Ranked keys: `options` is `{}` (defaults) or `{ prefix: true, fuzzy: 0.2 }`. */
  search(query: JudgedQuery, options: SearchOptions, limit = 10): string[] {
    const results = this.index.search(query.q, {
      ...options,
      ...(query.filter
        ? { filter: (r) => (r as unknown as Stored).language === query.filter }
        : {}),
    });
    return results.slice(0, limit).map((r) => String(r.id));
  }
}

import { sql, type RawBuilder } from 'kysely';
import { readableDocuments } from '../readable-documents.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Queryable, Tx } from '../../platform/db/database.js';
import { parsePartialDate } from '../../platform/partial-date.js';
import { ok, type Outcome } from '../../platform/http/route.js';
import type { ParsedSearchQuery, SearchResult } from '../library.schema.js';
import { entityLexeme } from '../vector.js';
import { planQuery, type QueryPlan, type QueryWord } from './plan.js';
import { fromHeadline, HEADLINE_OPTIONS, kazakhSnippet } from './snippet.js';
import { bridgeTerms } from './terms.js';
import { andAll, unitQuery } from './tsquery.js';

type TsQuery = RawBuilder<string>;
const FACET_SIZE = 20;
/**
 * How many matches are ranked by their full vectors. When more match, these are the full matches
 * first, then those matching in the title, then the newest: a broad query stays fast.
 */
const RANK_WINDOW = 400;
/** Below this trigram similarity a "nearest word" is not offered as a correction. */
const MIN_SIMILARITY = 0.4;

/**
 * Searches the library. Every unit of the query must match (a word in any form, an entity, a term
 * in any of the three languages). When the query names entities or terms, documents that match
 * those alone are found too, ranked after the full matches: that is how a Kazakh query with words
 * the other languages cannot carry still reaches Russian and English documents.
 */
export async function searchLibrary(
  trx: Tx,
  actor: Actor,
  query: ParsedSearchQuery,
): Promise<Outcome<SearchResult>> {
  const plan = planQuery(query.q, query.lang, await bridgeTerms(trx));
  const corrected = await corrections(trx, plan);
  const strict = andAll(plan.units.map((u) => unitQuery(u, corrected)));
  const bridged = plan.units.filter((u) => u.entities.length > 0 || u.term);
  const loose =
    bridged.length > 0 && bridged.length < plan.units.length
      ? andAll(bridged.map((u) => unitQuery(u, corrected)))
      : strict;
  // Documents matching the bridged units alone include every full match.
  const matching = loose;
  const partial = loose !== strict;

  // Reading a document's vector is what costs (it is large and stored out of line), so the
  // matches are found through the index and the row's small columns only; vectors are read for
  // the ranking window alone. PostgreSQL would otherwise scan every row when a word is common.
  await sql`set local enable_seqscan = off`.execute(trx);
  const matches = matchingDocuments(trx, actor, query, matching).select([
    'id',
    'language',
    'type',
    'author_id',
    'states',
    'organizations',
    'added_at',
    'date_hi',
    sql<string>`extract(year from date_lo)::text`.as('year'),
    sql<boolean>`title_vector @@ ${matching}`.as('in_title'),
    (partial
      ? sql<boolean>`id in (select id from library_document where search_vector @@ ${strict})`
      : sql<boolean>`true`
    ).as('complete'),
  ]);
  const window = Math.max(RANK_WINDOW, query.offset + query.limit);
  const answer = await sql<{ items: PageRow[] | null; facets: FacetRow[] | null }>`
    with m as materialized (${matches}),
    pool as (
      select * from m
      order by complete desc, in_title desc, date_hi desc nulls last, added_at desc, id
      limit ${window}
    ),
    page as (
      select d.id, d.title, d.language, d.type, d.date, d.author_id, pool.complete, d.added_at,
             ts_rank_cd(d.search_vector, ${matching}, 1) as score
      from pool join library_document d on d.id = pool.id
      order by pool.complete desc, score desc, d.added_at desc, d.id
      limit ${query.limit} offset ${query.offset}
    ),
    facets as (
      select 'language' as facet, language as value, count(*)::int as count from m group by 2
      union all select 'type', type, count(*)::int from m group by 2
      union all select 'year', year, count(*)::int from m where year is not null group by 2
      union all select 'author', author_id, count(*)::int from m where author_id is not null group by 2
      union all select 'state', s, count(*)::int from m, unnest(states) s group by 2
      union all select 'organization', o, count(*)::int from m, unnest(organizations) o group by 2
    )
    select
      (select json_agg(page order by complete desc, score desc, added_at desc, id) from page) as items,
      (select json_agg(facets) from facets) as facets`.execute(trx);
  const rows = answer.rows[0]?.items ?? [];
  const facets = facetsOf(answer.rows[0]?.facets ?? []);
  const snippets = await snippetsFor(trx, rows, plan, corrected, matching);

  return ok({
    items: rows.map((r) => ({
      document: r.id,
      title: r.title,
      language: r.language,
      type: r.type as SearchResult['items'][number]['type'],
      date: r.date,
      author: r.author_id,
      score: Math.round(Number(r.score) * 10_000) / 10_000,
      ...(snippets.get(r.id) ?? { snippet: '', highlights: [] }),
    })),
    total: facets.language.reduce((sum, f) => sum + f.count, 0),
    limit: query.limit,
    offset: query.offset,
    facets,
    corrections: [...corrected].map(([word, to]) => ({ from: word.text, to })),
    expansions: plan.expansions,
  });
}

/**
 * Words the library has never seen in any form are searched as the nearest lexeme it has (by
 * trigram similarity), so a typo still finds what it meant.
 */
async function corrections(trx: Queryable, plan: QueryPlan): Promise<Map<QueryWord, string>> {
  const corrected = new Map<QueryWord, string>();
  for (const unit of plan.units) {
    if (unit.entities.length > 0 || unit.term || unit.words.length !== 1) continue;
    const word = unit.words[0]!;
    if (/^\d+$/.test(word.text) || word.text.length < 4) continue;
    const lower = word.text.toLowerCase();
    const known = await sql<{ known: boolean }>`
      select exists (
        select 1 from library_lexeme
        where lexeme = any(${word.kk}::text[] || array[${lower}]
          || coalesce(ts_lexize('russian_stem', ${lower}), '{}')
          || coalesce(ts_lexize('english_stem', ${lower}), '{}'))
      ) as known`.execute(trx);
    if (known.rows[0]?.known) continue;
    // The word as typed and its stems, with confusable letters folded, against the folded vocabulary.
    const nearest = await sql<{ lexeme: string; similarity: number }>`
      with probes as (
        select distinct senim_fold(p) as p from unnest(array[${lower}]
          || coalesce(ts_lexize('english_stem', ${lower}), '{}')
          || coalesce(ts_lexize('russian_stem', ${lower}), '{}')) as p
      )
      select lexeme, similarity(folded, p) as similarity from library_lexeme, probes
      where folded % p
      order by similarity desc, length(lexeme), lexeme limit 1`.execute(trx);
    const best = nearest.rows[0];
    if (best && best.similarity >= MIN_SIMILARITY) corrected.set(word, best.lexeme);
  }
  return corrected;
}

/** The documents the actor may read that match, with the query's filters applied. */
function matchingDocuments(
  trx: Queryable,
  actor: Actor,
  query: ParsedSearchQuery,
  matching: TsQuery,
) {
  const { language, type, author, state, organization, from, to } = query;
  return readableDocuments(trx, actor)
    .where(sql<boolean>`search_vector @@ ${matching}`)
    .$if(language !== undefined, (qb) => qb.where('language', '=', language!))
    .$if(type !== undefined, (qb) => qb.where('type', '=', type!))
    .$if(author !== undefined, (qb) => qb.where('author_id', '=', author!))
    .$if(state !== undefined, (qb) => qb.where(sql<boolean>`states @> array[${state!}]::text[]`))
    .$if(organization !== undefined, (qb) =>
      qb.where(sql<boolean>`organizations @> array[${organization!}]::text[]`),
    )
    .$if(from !== undefined, (qb) => qb.where('date_hi', '>=', parsePartialDate(from!)!.lo))
    .$if(to !== undefined, (qb) => qb.where('date_lo', '<=', parsePartialDate(to!)!.hi));
}

interface PageRow {
  id: string;
  title: string;
  language: SearchResult['items'][number]['language'];
  type: string;
  date: string | null;
  author_id: string | null;
  score: number;
}
interface FacetRow {
  facet: keyof SearchResult['facets'];
  value: string;
  count: number;
}

/** Counts over every match (not just the page), for the filters a user may narrow by. */
function facetsOf(rows: readonly FacetRow[]): SearchResult['facets'] {
  const facets: SearchResult['facets'] = {
    language: [],
    type: [],
    year: [],
    author: [],
    organization: [],
    state: [],
  };
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  for (const list of Object.values(facets)) {
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    list.splice(FACET_SIZE);
  }
  return facets;
}

async function snippetsFor(
  trx: Queryable,
  rows: readonly { id: string; language: string }[],
  plan: QueryPlan,
  corrected: ReadonlyMap<QueryWord, string>,
  matching: TsQuery,
) {
  const snippets = new Map<string, { snippet: string; highlights: [number, number][] }>();
  if (rows.length === 0) return snippets;
  const texts = await trx
    .selectFrom('library_document as d')
    .innerJoin('library_analysis as a', 'a.document_id', 'd.id')
    .select([
      'd.id',
      'd.language',
      'd.text',
      'a.entities',
      sql<string | null>`case d.language
        when 'ru' then ts_headline('russian', d.text, ${matching}, ${HEADLINE_OPTIONS})
        when 'en' then ts_headline('english', d.text, ${matching}, ${HEADLINE_OPTIONS})
        end`.as('headline'),
    ])
    .where(
      'd.id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const lexemes = new Set<string>([...corrected.values()]);
  const entityIds = new Set<string>();
  for (const unit of plan.units) {
    for (const word of unit.words) for (const form of word.kk) lexemes.add(form);
    for (const id of unit.entities) entityIds.add(id);
  }
  for (const row of texts) {
    if (row.headline !== null) {
      snippets.set(row.id, fromHeadline(row.headline));
      continue;
    }
    const spans = (row.entities as unknown as { start: number; end: number; id: string }[])
      .filter((e) => entityIds.has(entityLexeme(e.id)))
      .map((e): [number, number] => [e.start, e.end]);
    snippets.set(row.id, kazakhSnippet(row.text, lexemes, spans));
  }
  return snippets;
}

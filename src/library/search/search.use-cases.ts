import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Queryable } from '../../platform/db/database.js';
import { parsePartialDate } from '../../platform/partial-date.js';
import { ok, type Outcome } from '../../platform/http/route.js';
import { visibleTo } from '../library.policy.js';
import type { ParsedSearchQuery, SearchResult } from '../library.schema.js';
import { entityLexeme } from '../vector.js';
import { planQuery, type QueryPlan, type QueryWord } from './plan.js';
import { fromHeadline, HEADLINE_OPTIONS, kazakhSnippet } from './snippet.js';
import { bridgeTerms } from './terms.js';
import { andAll, unitQuery } from './tsquery.js';

type TsQuery = RawBuilder<string>;
const FACET_SIZE = 20;
/** Below this trigram similarity a "nearest word" is not offered as a correction. */
const MIN_SIMILARITY = 0.4;

/**
 * Searches the library. Every unit of the query must match (a word in any form, an entity, a term
 * in any of the three languages). When the query names entities or terms, documents that match
 * those alone are found too, ranked after the full matches: that is how a Kazakh query with words
 * the other languages cannot carry still reaches Russian and English documents.
 */
export async function searchLibrary(
  trx: Queryable,
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
  const matching = sql<string>`(${strict} || ${loose})`;

  const matches = matchingDocuments(trx, actor, query, matching);

  const rows = await matches
    .select([
      'id',
      'title',
      'language',
      'type',
      'date',
      'author_id',
      sql<number>`ts_rank_cd(search_vector, ${matching}, 1)`.as('score'),
      sql<boolean>`search_vector @@ ${strict}`.as('full'),
    ])
    .orderBy(sql`search_vector @@ ${strict}`, 'desc')
    .orderBy('score', 'desc')
    .orderBy('added_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const facets = await facetCounts(trx, matches);
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
    const probe = lower;
    const nearest = await sql<{ lexeme: string; similarity: number }>`
      select lexeme, similarity(lexeme, ${probe}) as similarity from library_lexeme
      where lexeme % ${probe} order by similarity desc, lexeme limit 1`.execute(trx);
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
  return trx
    .selectFrom('library_document')
    .where((eb) =>
      actor.accountId === null
        ? eb('visibility', 'in', visibleTo(actor))
        : eb.or([eb('visibility', 'in', visibleTo(actor)), eb('added_by', '=', actor.accountId)]),
    )
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
type Matches = ReturnType<typeof matchingDocuments>;

/** Counts over every match (not just the page), for the filters a user may narrow by. */
async function facetCounts(trx: Queryable, matches: Matches): Promise<SearchResult['facets']> {
  const m = matches.select([
    'language',
    'type',
    'author_id',
    'states',
    'organizations',
    sql<string>`extract(year from date_lo)::text`.as('year'),
  ]);
  const rows = await sql<{ facet: string; value: string; count: string }>`
    with m as materialized (${m})
    select 'language' as facet, language as value, count(*) as count from m group by 2
    union all select 'type', type, count(*) from m group by 2
    union all select 'year', year, count(*) from m where year is not null group by 2
    union all select 'author', author_id, count(*) from m where author_id is not null group by 2
    union all select 'state', s, count(*) from m, unnest(states) s group by 2
    union all select 'organization', o, count(*) from m, unnest(organizations) o group by 2`.execute(
    trx,
  );
  const facets: SearchResult['facets'] = {
    language: [],
    type: [],
    year: [],
    author: [],
    organization: [],
    state: [],
  };
  for (const row of rows.rows)
    facets[row.facet as keyof SearchResult['facets']].push({
      value: row.value,
      count: Number(row.count),
    });
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

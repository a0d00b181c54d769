import type { SearchResult } from '../../../../src/library/library.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useActorName } from './use-library-data.js';

export const FILTER_KEYS = ['language', 'type', 'author', 'organization', 'state'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
type FacetName = keyof SearchResult['facets'];
const FACETS: readonly FacetName[] = [
  'language',
  'type',
  'year',
  'author',
  'organization',
  'state',
];

/** A facet's value as a reader knows it: a language's name, a state's name, a year as it is. */
export function useFacetLabel(): (facet: FacetName, value: string) => string {
  const { t } = useI18n();
  const actorName = useActorName();
  return (facet, value) => {
    if (facet === 'language') return t.documentLanguage[value as 'kk'] ?? value;
    if (facet === 'type') return t.documentType[value as 'news'] ?? value;
    if (facet === 'year') return value;
    return actorName(value);
  };
}

/**
 * The facets of a search with their counts; choosing a value filters by it. A year filters by a
 * date range, since the API filters dates, not years.
 */
export function FacetList({
  facets,
  chosen,
  onChoose,
}: {
  facets: SearchResult['facets'];
  chosen: Readonly<Record<FilterKey, string>>;
  onChoose(key: FilterKey | 'year', value: string): void;
}) {
  const { t } = useI18n();
  const label = useFacetLabel();
  return (
    <>
      {FACETS.filter((name) => facets[name].length > 0).map((name) => (
        <section key={name} className="library-facet" aria-labelledby={`facet-${name}`}>
          <h3 id={`facet-${name}`}>{t.facet[name]}</h3>
          <ul>
            {facets[name].map(({ value, count }) => {
              const current = name !== 'year' && chosen[name] === value;
              return (
                <li key={value}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={current}
                    data-facet={name}
                    data-value={value}
                    onClick={() => onChoose(name, value)}
                  >
                    {label(name, value)} <span className="library-count">({count})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

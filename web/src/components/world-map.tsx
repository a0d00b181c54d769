import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { format } from '../i18n/format.js';
import { Loading } from './async-content.js';
import { loadProjectedAtlas, type ProjectedAtlas } from './world-atlas.js';

export type MapStatus = 'member' | 'observer' | 'partner';

export interface MapEntry {
  /** ISO 3166-1 numeric code, or null when the state has none (it is then listed as not shown). */
  numeric: string | null;
  status: MapStatus;
  name: string;
}

const WIDTH = 960;
/** Below this area (in view-box units) a country gets a dot so it can be seen at all. */
const TINY_AREA = 12;
const RANK: Readonly<Record<MapStatus, number>> = { member: 3, partner: 2, observer: 1 };

interface Props {
  entries: readonly MapEntry[];
  /** Names of other countries by numeric code, for their tooltips. */
  otherNames: ReadonlyMap<string, string>;
  label: string;
}

/** A world map colouring the given states by status; all other countries grey. */
export function WorldMap({ entries, otherNames, label }: Props) {
  const { t, compare } = useI18n();
  const [atlas, setAtlas] = useState<ProjectedAtlas | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadProjectedAtlas(WIDTH).then(
      (loaded) => live && setAtlas(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const byIso = useMemo(() => {
    const map = new Map<string, MapEntry>();
    for (const entry of entries) {
      if (entry.numeric === null) continue;
      const known = map.get(entry.numeric);
      if (!known || RANK[entry.status] > RANK[known.status]) map.set(entry.numeric, entry);
    }
    return map;
  }, [entries]);

  if (failed) return <p role="alert">{t.status.errorTitle}</p>;
  if (atlas === null) return <Loading label={t.map.loading} />;

  const drawn = new Set(atlas.countries.map((c) => c.iso));
  const notShown = entries
    .filter((e) => e.numeric === null || !drawn.has(e.numeric))
    .map((e) => e.name);
  const statusLabel: Readonly<Record<MapStatus, string>> = {
    member: t.map.member,
    observer: t.map.observer,
    partner: t.map.partner,
  };
  const counts = (status: MapStatus) =>
    [...byIso.values()].filter((e) => e.status === status).length;
  const shownStatuses = (['member', 'observer', 'partner'] as const).filter((s) => counts(s) > 0);

  return (
    <figure className="world-map">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${atlas.width} ${atlas.height}`}
        className="world-map__svg"
      >
        {atlas.countries.map((country, index) => {
          const entry = byIso.get(country.iso);
          const status = entry?.status ?? 'other';
          const name = entry
            ? `${entry.name} — ${statusLabel[entry.status]}`
            : (otherNames.get(country.iso) ?? t.map.otherCountry);
          return (
            <path
              key={`${country.iso}-${index}`}
              d={country.d}
              data-iso={country.iso}
              data-status={status}
              className={`country country--${status}`}
            >
              <title>{name}</title>
            </path>
          );
        })}
        {atlas.countries
          .filter((country) => country.area < TINY_AREA && byIso.has(country.iso))
          .map((country) => (
            <circle
              key={`dot-${country.iso}`}
              cx={country.centroid[0]}
              cy={country.centroid[1]}
              r={3.5}
              className={`country-dot country--${byIso.get(country.iso)!.status}`}
              aria-hidden="true"
            />
          ))}
      </svg>
      <figcaption className="map-legend">
        <p className="map-legend__title">{t.map.legend}</p>
        <ul>
          {shownStatuses.map((status) => (
            <li key={status}>
              <span className={`swatch country--${status}`} aria-hidden="true" />{' '}
              {statusLabel[status]} ({counts(status)})
            </li>
          ))}
          <li>
            <span className="swatch country--other" aria-hidden="true" /> {t.map.other}
          </li>
        </ul>
        {notShown.length > 0 && (
          <p>{format(t.map.notShown, { names: notShown.sort(compare).join(', ') })}</p>
        )}
      </figcaption>
    </figure>
  );
}

import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country of the bundled Natural Earth atlas, projected into the map's view box. */
export interface CountryShape {
  /** ISO 3166-1 numeric code as a string ("398"); empty for disputed areas without one. */
  iso: string;
  d: string;
  /** Area in view-box units, to spot countries too small to see. */
  area: number;
  centroid: readonly [number, number];
}

export interface ProjectedAtlas {
  width: number;
  height: number;
  countries: readonly CountryShape[];
}

const ANTARCTICA = '010';

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

const projected = new Map<number, Promise<ProjectedAtlas>>();

/**
 * Loads the 1:50m world (bundled with the app, no tile server) and projects it with Equal Earth,
 * fitted to the given width. The atlas is a separate chunk, fetched only when a map is shown.
 */
export function loadProjectedAtlas(width: number): Promise<ProjectedAtlas> {
  // Projecting 240 countries takes a moment; do it once per width, not on every re-render of a map.
  let loading = projected.get(width);
  if (!loading) {
    loading = projectAtlas(width);
    loading.catch(() => projected.delete(width));
    projected.set(width, loading);
  }
  return loading;
}

async function projectAtlas(width: number): Promise<ProjectedAtlas> {
  const module = (await import('world-atlas/countries-50m.json')) as unknown as {
    default: CountriesTopology;
  };
  const topology = module.default;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== ANTARCTICA) as Feature<Geometry>[];
  const fitted = { type: 'FeatureCollection' as const, features };
  const projection = geoEqualEarth().fitWidth(width, fitted);
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds(fitted);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const countries = features.map((f): CountryShape => {
    const [x, y] = path.centroid(f);
    return {
      iso: f.id === undefined ? '' : String(f.id),
      d: path(f) ?? '',
      area: path.area(f),
      centroid: [x, y],
    };
  });
  return { width, height: Math.ceil(bottom - top), countries };
}

import { Link, useParams, useSearchParams } from 'react-router';
import { Catalogue } from '../../../src/catalogue/catalogue.schema.js';
import { apiPath } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { Template } from '../components/template.js';
import { PartialDate, Period } from '../components/partial-date.js';
import { format, yearOf } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

type Coordinators = Catalogue['dimensions'][number]['coordinators'];

/** The Catalogue of CBMs: dimensions → areas → measures with their coordinators; `?version=` picks the edition. */
export function CataloguePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const version = params.get('version');
  const catalogue = useApi(
    apiPath(`/api/organizations/${encodeURIComponent(id)}/catalogue`, { version }),
    Catalogue,
  );
  const { t } = useI18n();
  useDocumentTitle(t.catalogue.title);
  return (
    <AsyncContent value={catalogue} asPage>
      {(data) => <CatalogueView catalogue={data} />}
    </AsyncContent>
  );
}

function CatalogueView({ catalogue }: { catalogue: Catalogue }) {
  const { t, text } = useI18n();
  const versionYear = (id: string) =>
    yearOf(catalogue.versions.find((v) => v.id === id)?.adopted ?? null) ?? id;
  return (
    <article className="catalogue">
      <h1>{text(catalogue.version.title)}</h1>
      <p>
        <Template
          text={t.catalogue.adopted}
          slots={{ date: <PartialDate value={catalogue.version.adopted} /> }}
        />
        {catalogue.version.instrument && (
          <>
            {' · '}
            <Link to={`/instruments/${catalogue.version.instrument}`}>{t.catalogue.document}</Link>
          </>
        )}
      </p>
      <nav aria-label={t.catalogue.version} className="version-switch">
        <p className="version-switch__label">{t.catalogue.version}:</p>
        <ul>
          {catalogue.versions.map((v) => (
            <li key={v.id}>
              <Link
                to={`?version=${v.id}`}
                aria-current={v.id === catalogue.version.id ? 'page' : undefined}
              >
                {versionYear(v.id)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{format(t.catalogue.dimensionCount, { count: catalogue.dimensions.length })}</p>
      {catalogue.dimensions.map((dimension) => (
        <section
          key={dimension.id}
          id={dimension.id}
          aria-labelledby={`${dimension.id}-heading`}
          className="dimension"
        >
          <h2 id={`${dimension.id}-heading`}>{text(dimension.name)}</h2>
          <CoordinatorLine coordinators={dimension.coordinators} />
          {dimension.areas.map((area) => (
            <section key={area.id} aria-labelledby={`${area.id}-heading`} className="area">
              <h3 id={`${area.id}-heading`}>
                {text(area.name)}
                {area.since !== catalogue.versions[0]?.id && (
                  <span className="badge">
                    {format(t.catalogue.newIn, { year: versionYear(area.since) })}
                  </span>
                )}
              </h3>
              <CoordinatorLine coordinators={area.coordinators} />
              <ol className="measures" aria-label={t.catalogue.measures}>
                {area.measures.map((measure) => (
                  <li key={measure.id}>{text(measure.text)}</li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}

function CoordinatorLine({ coordinators }: { coordinators: Coordinators }) {
  const { t, text } = useI18n();
  if (coordinators.length === 0) return <p className="muted">{t.catalogue.noCoordinators}</p>;
  return (
    <p className="coordinators">
      <span>{t.catalogue.coordinators}: </span>
      {coordinators.map((c, index) => (
        <span key={`${c.state}-${c.role}-${c.from ?? ''}`}>
          {index > 0 && ', '}
          <Link to={`/states/${c.state}`}>{text(c.name)}</Link> ({t.role[c.role]}
          {(c.from || c.to) && (
            <>
              , <Period from={c.from} to={c.to} />
            </>
          )}
          )
        </span>
      ))}
    </p>
  );
}

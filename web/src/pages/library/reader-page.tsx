import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { DocumentDetail } from '../../../../src/library/library.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { PartialDate } from '../../components/partial-date.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DocumentText, reasonText } from './document-text.js';
import { SuggestionCard } from './suggestion-card.js';
import { sentenceOfHash } from './text-marks.js';
import { LinkTarget } from './link-target.js';
import { useActorName } from './use-library-data.js';
import './library.css';

/** A document of the library: what is known of it, its text as the engine read it, and what it suggests. */
export function ReaderPage() {
  const { id = '' } = useParams();
  const document = useApi(`/api/library/documents/${encodeURIComponent(id)}`, DocumentDetail);
  return (
    <AsyncContent value={document} asPage>
      {(doc) => <Reader doc={doc} />}
    </AsyncContent>
  );
}

function Reader({ doc }: { doc: DocumentDetail }) {
  const { t } = useI18n();
  const { hash } = useLocation();
  const actorName = useActorName();
  const [showChanges, setShowChanges] = useState(false);
  useDocumentTitle(doc.title);
  const pending = doc.suggestions.filter((s) => s.status === 'pending');

  return (
    <article className="library-reader">
      <p>
        <Link to="/library">{t.libraryReader.back}</Link>
      </p>
      <h1 lang={doc.language}>{doc.title}</h1>
      <section aria-labelledby="reader-about">
        <h2 id="reader-about">{t.libraryReader.about}</h2>
        <dl className="library-facts">
          <dt>{t.libraryReader.language}</dt>
          <dd>
            {t.documentLanguage[doc.language]}
            {doc.detectedLanguage !== doc.language && (
              <span className="muted">
                {' '}
                (
                {format(t.libraryReader.detected, {
                  language: t.documentLanguage[doc.detectedLanguage],
                  percent: Math.round(doc.languageConfidence * 100),
                })}
                )
              </span>
            )}
          </dd>
          <dt>{t.libraryReader.date}</dt>
          <dd>
            <PartialDate value={doc.date} />
          </dd>
          {doc.author && (
            <>
              <dt>{t.libraryReader.author}</dt>
              <dd>{actorName(doc.author)}</dd>
            </>
          )}
          <dt>{t.libraryReader.type}</dt>
          <dd>{t.documentType[doc.type]}</dd>
          <dt>{t.libraryReader.visibility}</dt>
          <dd>{t.documentVisibility[doc.visibility]}</dd>
          <dt>{t.libraryReader.file}</dt>
          <dd>
            <a href={`/api/library/documents/${doc.id}/original`} download={doc.filename ?? true}>
              {t.libraryReader.download}
            </a>{' '}
            <span className="muted">
              ({doc.filename ? `${doc.filename}, ` : ''}
              {format(t.libraryReader.sizeKb, { size: Math.max(1, Math.round(doc.size / 1024)) })})
            </span>
          </dd>
          <dt>{t.libraryReader.added}</dt>
          <dd>
            <PartialDate value={doc.addedAt.slice(0, 10)} />
          </dd>
        </dl>
      </section>

      <section aria-labelledby="reader-text">
        <h2 id="reader-text">{t.libraryReader.text}</h2>
        <p className="hint">{t.libraryReader.legend}</p>
        {doc.analysis.changes.length > 0 ? (
          <label className="library-toggle">
            <input
              type="checkbox"
              checked={showChanges}
              onChange={(e) => setShowChanges(e.target.checked)}
            />{' '}
            {t.libraryReader.showChanges}
          </label>
        ) : (
          <p className="muted">{t.libraryReader.noChanges}</p>
        )}
        <DocumentText
          text={doc.text}
          analysis={doc.analysis}
          language={doc.language}
          target={sentenceOfHash(hash)}
          showChanges={showChanges}
        />
        {showChanges && (
          <section aria-labelledby="reader-changes" className="library-changes">
            <h3 id="reader-changes">
              {format(t.libraryReader.changes, { count: doc.analysis.changes.length })}
            </h3>
            <ol>
              {doc.analysis.changes.map((c) => (
                <li key={`${c.start}-${c.end}`}>
                  <span lang={doc.language}>
                    {format(t.libraryReader.change, {
                      before: c.before || '∅',
                      after: c.after || '∅',
                    })}
                  </span>{' '}
                  <span className="muted">
                    (
                    {format(t.libraryReader.reason, {
                      reason: reasonText(c.reason, t.changeReason),
                    })}
                    )
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )}
      </section>

      <section aria-labelledby="reader-links">
        <h2 id="reader-links">{t.libraryReader.links}</h2>
        {doc.links.length === 0 ? (
          <p>{t.libraryReader.noLinks}</p>
        ) : (
          <ul className="library-links">
            {doc.links.map((link) => (
              <li key={`${link.kind}:${link.id}`}>
                {t.linkKind[link.kind]}: <LinkTarget kind={link.kind} id={link.id} />{' '}
                <span className="muted">
                  (
                  {link.source === 'metadata'
                    ? t.libraryReader.fromMetadata
                    : t.libraryReader.fromSuggestion}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {doc.abilities.decide && (
        <section aria-labelledby="reader-suggestions">
          <h2 id="reader-suggestions">{t.libraryReader.suggestions}</h2>
          {pending.length === 0 ? (
            <p>{t.libraryReader.noSuggestions}</p>
          ) : (
            <ul className="suggestion-list">
              {pending.map((s) => (
                <li key={s.id}>
                  <SuggestionCard suggestion={s} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </article>
  );
}

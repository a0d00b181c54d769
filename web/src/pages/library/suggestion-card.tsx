import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  Suggestion,
  type ConfirmBody,
  type Suggestion as SuggestionView,
} from '../../../../src/library/library.schema.js';
import { EVENT_TYPES } from '../../../../src/packs/pack.schema.js';
import { apiPath, sendJson } from '../../api/client.js';
import { FormField, ProblemText } from '../../components/form-field.js';
import { failureProblem, type Problem } from '../../components/form-problems.js';
import { PartialDate } from '../../components/partial-date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { EventType } from '../../i18n/domain-terms.js';
import { LinkTarget } from './link-target.js';
import { isPartialDate, useActorName } from './use-library-data.js';

type Titles = Record<'kk' | 'ru' | 'en', string>;
const TITLE_LANGUAGES = ['kk', 'ru', 'en'] as const;

/**
 * A suggestion the engine made from a sentence, for the Secretariat to decide: an event can be
 * corrected (date, titles, type) before it is confirmed; a link is confirmed or rejected as it is.
 * Used by the reader and by the queue of suggestions.
 */
export function SuggestionCard({
  suggestion,
  showDocument = false,
}: {
  suggestion: SuggestionView;
  showDocument?: boolean;
}) {
  const { t } = useI18n();
  const actorName = useActorName();
  const [current, setCurrent] = useState(suggestion);
  const [date, setDate] = useState(suggestion.date ?? '');
  const [titles, setTitles] = useState<Titles>({ kk: suggestion.title, ru: '', en: '' });
  const [type, setType] = useState<EventType>('meeting');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<'date' | 'form', Problem>>>({});
  const id = (part: string) => `suggestion-${suggestion.id}-${part}`;
  const isEvent = current.kind === 'event';
  const decided = current.status !== 'pending';
  const eventDate = date.trim() || current.date;
  const sentencePath = `/library/${current.document}#s-${current.sentence.start}`;

  const decide = async (action: 'confirm' | 'reject') => {
    if (action === 'confirm' && isEvent && date.trim() && !isPartialDate(date.trim())) {
      setProblems({ date: { text: t.library.badDate } });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      const path = `/api/library/suggestions/${current.id}/${action}`;
      const answer =
        action === 'confirm'
          ? await sendJson('POST', path, Suggestion, isEvent ? confirmBody() : {})
          : await sendJson('POST', path, Suggestion);
      setCurrent(answer);
    } catch (error) {
      const problem = failureProblem(error, t);
      setProblems(
        error instanceof Error && 'field' in error && error.field === 'date'
          ? { date: problem }
          : { form: problem },
      );
    } finally {
      setBusy(false);
    }
  };

  const confirmBody = (): ConfirmBody => {
    const title = Object.fromEntries(
      TITLE_LANGUAGES.map((l) => [l, titles[l].trim()]).filter(([, v]) => v),
    ) as ConfirmBody['title'];
    return {
      ...(date.trim() ? { date: date.trim() } : {}),
      ...(title && Object.keys(title).length > 0 ? { title } : {}),
      type,
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void decide('confirm');
  };

  return (
    <form
      className="suggestion"
      aria-labelledby={id('title')}
      data-suggestion={current.id}
      data-status={current.status}
      data-kind={current.kind}
      onSubmit={submit}
    >
      <h3 id={id('title')} className="suggestion__title">
        {t.suggestionKind[current.kind]}
        {current.date && (
          <>
            {': '}
            <PartialDate value={current.date} />
          </>
        )}
      </h3>
      {showDocument && (
        <p>
          {t.suggestion.document}:{' '}
          <Link to={`/library/${current.document}`}>{current.documentTitle}</Link>
        </p>
      )}
      <blockquote className="suggestion__sentence">
        <p>{current.sentence.text}</p>
        <footer>
          <Link to={sentencePath}>{t.suggestion.openSentence}</Link>
        </footer>
      </blockquote>
      {current.actors.length > 0 && (
        <p>
          {t.suggestion.actors}: {current.actors.map(actorName).join(', ')}
        </p>
      )}
      {current.target && (
        <p>
          {t.suggestion.target}: {t.linkKind[current.target.kind as 'state'] ?? current.target.kind}{' '}
          <LinkTarget kind={current.target.kind} id={current.target.id} />
        </p>
      )}
      {isEvent && !decided && (
        <fieldset className="suggestion__fields" disabled={busy}>
          <FormField
            id={id('date')}
            label={t.suggestion.date}
            hint={t.suggestion.dateHint}
            problem={problems.date}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            )}
          </FormField>
          {TITLE_LANGUAGES.map((language) => (
            <FormField
              key={language}
              id={id(`title-${language}`)}
              label={
                language === 'kk'
                  ? t.suggestion.titleKk
                  : language === 'ru'
                    ? t.suggestion.titleRu
                    : t.suggestion.titleEn
              }
              {...(language === 'kk' ? {} : { hint: t.suggestion.titleHint })}
            >
              {(control) => (
                <input
                  {...control}
                  lang={language}
                  value={titles[language]}
                  onChange={(e) => setTitles({ ...titles, [language]: e.target.value })}
                />
              )}
            </FormField>
          ))}
          <FormField id={id('type')} label={t.suggestion.type}>
            {(control) => (
              <select
                {...control}
                value={type}
                onChange={(e) => setType(e.target.value as EventType)}
              >
                {EVENT_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {t.eventType[value]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>
      )}
      {!decided && (
        <div className="suggestion__actions">
          <button type="submit" className="primary" disabled={busy}>
            {t.suggestion.confirm}
          </button>
          <button type="button" disabled={busy} onClick={() => void decide('reject')}>
            {t.suggestion.reject}
          </button>
        </div>
      )}
      {problems.form && (
        <p className="failure" role="alert">
          <ProblemText problem={problems.form} />
        </p>
      )}
      <p role="status" className="suggestion__outcome">
        {current.status === 'rejected' && t.suggestion.rejected}
        {current.status === 'confirmed' && (
          <>
            {isEvent ? t.suggestion.confirmed : t.suggestion.linkConfirmed}
            {isEvent && eventDate && (
              <>
                {' '}
                <Link to={apiPath('/timeline', { from: eventDate, to: eventDate })}>
                  {t.suggestion.openTimeline}
                </Link>
              </>
            )}
          </>
        )}
      </p>
    </form>
  );
}

import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.js';
import { librarySourcePath } from './text-marks.js';

/** For an event confirmed from a library document, a link to the sentence it came from. */
export function SourceSentenceLink({ source }: { source: string | undefined }) {
  const { t } = useI18n();
  const path = librarySourcePath(source);
  if (!path) return null;
  return (
    <p className="event__source">
      <Link to={path}>{t.libraryEvent.sourceSentence}</Link>
    </p>
  );
}

import { Link } from 'react-router';
import { useDocumentTitle } from '../components/document-title.js';
import { useI18n } from '../i18n/i18n-context.js';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.title);
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <Link to="/">{t.notFound.backHome}</Link>
      </p>
    </>
  );
}

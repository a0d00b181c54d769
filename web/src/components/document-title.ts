import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** Sets the tab title to 'Page — Senim' in the current language. */
export function useDocumentTitle(title: string | null) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t.appName}` : t.appName;
  }, [title, t.appName]);
}

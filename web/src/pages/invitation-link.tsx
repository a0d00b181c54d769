import { useEffect, useRef, useState } from 'react';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The one-time link, shown once: selectable text and a copy button. */
export function InvitationLink({
  email,
  link,
  expiresAt,
}: {
  email: string;
  link: string;
  expiresAt: string;
}) {
  const { t, date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);

  // A new link is news: focus moves to it, so it is read out and cannot be missed.
  // (The form keys this component by the link, so each link starts afresh.)
  useEffect(() => {
    heading.current?.focus();
  }, [link]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="invitation-link">
      <h3 tabIndex={-1} ref={heading}>
        {format(t.accounts.linkFor, { email })}
      </h3>
      <p id="invitation-link-hint" className="hint">
        {format(t.accounts.linkHint, { date: date(expiresAt.slice(0, 10)) })}
      </p>
      <div className="inline-form">
        <label htmlFor="invitation-link">{t.accounts.link}</label>
        <input
          id="invitation-link"
          ref={input}
          readOnly
          value={link}
          aria-describedby="invitation-link-hint"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => void copyLink()}>
          {t.accounts.copy}
        </button>
      </div>
      <p role="status">
        {copy === 'copied' ? t.accounts.copied : copy === 'failed' ? t.accounts.copyFailed : ''}
      </p>
    </div>
  );
}

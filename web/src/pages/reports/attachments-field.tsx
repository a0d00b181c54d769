import { useRef, useState, type ChangeEvent } from 'react';
import type { Attachment } from '../../../../src/reports/report.schema.js';
import { RequestFailure } from '../../api/client.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  ACCEPT,
  ACCEPTED_FORMATS,
  attachmentHref,
  DraftNotSaved,
  kindOf,
  knownAttachment,
  MAX_ATTACHMENT_MB,
  MAX_ATTACHMENTS_PER_ENTRY,
  refusedBeforeSending,
  sizeOf,
} from './attachments.js';

/** What the editor does with a measure's files. */
export interface AttachmentActions {
  /** Uploads a file to the report (saving the draft first when it is new); answers its record. */
  upload(file: File, onProgress: (fraction: number) => void): Promise<Attachment>;
  /** Adds an uploaded file to the measure's entry; autosave then saves the draft. */
  link(measure: string, id: string): void;
  /** Takes a file off the measure's entry; the file stays on the server. */
  unlink(measure: string, id: string): void;
}

interface Sending {
  key: number;
  name: string;
  progress: number;
}

/**
 * The files of one measure: those attached, each with a download link and a button to take it
 * off; a labelled picker for more; and, next to them, how the uploads go and why one failed.
 */
export function AttachmentsField({
  measure,
  ids,
  disabled,
  actions,
}: {
  measure: string;
  ids: readonly string[];
  disabled: boolean;
  actions: AttachmentActions;
}) {
  const { t } = useI18n();
  const [sending, setSending] = useState<Sending[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const counter = useRef(0);
  const id = (part: string) => `${measure}-${part}`;

  const why = (file: File, error: unknown): string => {
    if (error instanceof RequestFailure && error.status === 400 && error.field === 'file')
      return format(t.attachments.refused, { name: file.name, reason: error.message });
    if (error instanceof RequestFailure && error.status === 413)
      return format(t.attachments.tooLarge, { name: file.name, max: MAX_ATTACHMENT_MB });
    if (error instanceof DraftNotSaved) return format(t.attachments.noReport, { name: file.name });
    return format(t.attachments.failed, { name: file.name });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared, so choosing the same file again still counts as a choice.
    event.target.value = '';
    if (files.length === 0) return;
    setNotice('');
    const refused: string[] = [];
    const room = MAX_ATTACHMENTS_PER_ENTRY - ids.length;
    if (files.length > room)
      refused.push(format(t.attachments.tooMany, { max: MAX_ATTACHMENTS_PER_ENTRY }));
    const accepted: File[] = [];
    for (const file of files.slice(0, Math.max(room, 0))) {
      const reason = refusedBeforeSending(file, t);
      if (reason) refused.push(reason);
      else accepted.push(file);
    }
    setProblems(refused);
    const attached: string[] = [];
    // One at a time, so the draft is created once and the progress reads plainly.
    for (const file of accepted) {
      const key = ++counter.current;
      setSending((list) => [...list, { key, name: file.name, progress: 0 }]);
      try {
        const attachment = await actions.upload(file, (progress) =>
          setSending((list) => list.map((s) => (s.key === key ? { ...s, progress } : s))),
        );
        actions.link(measure, attachment.id);
        attached.push(file.name);
      } catch (error) {
        refused.push(why(file, error));
        setProblems([...refused]);
      } finally {
        setSending((list) => list.filter((s) => s.key !== key));
      }
    }
    if (attached.length > 0)
      setNotice(format(t.attachments.attached, { name: attached.join(', ') }));
  };

  return (
    <div className="field attachments" aria-labelledby={id('files-title')} role="group">
      <span id={id('files-title')} className="attachments__title">
        {t.attachments.title}
      </span>
      {ids.length > 0 && (
        <ul className="attachment-list">
          {ids.map((file, index) => {
            const known = knownAttachment(file);
            const name = known?.filename ?? format(t.attachments.file, { number: index + 1 });
            return (
              <li key={file} data-attachment={file}>
                <a href={attachmentHref(file)} download>
                  {name}
                </a>
                {known && (
                  <span className="muted">
                    {' '}
                    · {kindOf(known.mediaType)} · {sizeOf(known.size, t)}
                  </span>
                )}{' '}
                <button
                  type="button"
                  className="attachment-remove"
                  disabled={disabled}
                  aria-label={format(t.attachments.removeLabel, { name })}
                  onClick={() => {
                    actions.unlink(measure, file);
                    setNotice(format(t.attachments.removed, { name }));
                  }}
                >
                  {t.attachments.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p id={id('files-hint')} className="hint">
        {format(t.attachments.hint, { formats: ACCEPTED_FORMATS, max: MAX_ATTACHMENT_MB })}{' '}
        {t.attachments.removeHint}
      </p>
      {/* The browser's own picker button speaks the browser's language, not the page's: the input
          is hidden from sight (still focused and announced) and its label is the button shown. */}
      <input
        type="file"
        className="file-input"
        id={id('files')}
        multiple
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={`${id('files-hint')} ${id('files-status')}`}
        onChange={(event) => void choose(event)}
      />
      <label htmlFor={id('files')} className="file-button">
        {t.attachments.add}
      </label>
      <div id={id('files-status')} className="attachments__status">
        {sending.map((s) => (
          <p key={s.key} className="attachments__sending">
            <label>
              {format(t.attachments.uploading, {
                name: s.name,
                percent: Math.round(s.progress * 100),
              })}{' '}
              <progress value={s.progress} max={1} />
            </label>
          </p>
        ))}
        <p role="status" className="attachments__notice">
          {notice}
        </p>
        {problems.length > 0 && (
          <ul role="alert" className="failure attachments__problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  DOCUMENT_TYPES,
  DocumentSummary,
  VISIBILITIES,
} from '../../../../src/library/library.schema.js';
import { DOCUMENT_LANGUAGES } from '../../../../src/library/language.js';
import { apiPath, RequestFailure, sendFile } from '../../api/client.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { failureProblem, useFormProblems, type Problems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { LibraryGate } from './library-gate.js';
import { isPartialDate, useActors } from './use-library-data.js';
import './library.css';

const FIELDS = ['file', 'title', 'language', 'date', 'author', 'type', 'visibility'] as const;
type Field = (typeof FIELDS)[number];
const FORMATS = 'TXT, MD, HTML, DOCX, PDF';

/** Filing a document: the file goes as its own bytes, what is known of it in the query. */
export function UploadPage() {
  const { t } = useI18n();
  useDocumentTitle(t.libraryUpload.title);
  return (
    <LibraryGate title={t.libraryUpload.title} ability="add">
      <UploadForm />
    </LibraryGate>
  );
}

interface Metadata {
  title: string;
  language: string;
  date: string;
  author: string;
  type: string;
  visibility: string;
}

function UploadForm() {
  const { t, text, compare } = useI18n();
  const navigate = useNavigate();
  const actors = useActors();
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<Metadata>({
    title: '',
    language: '',
    date: '',
    author: '',
    type: 'other',
    visibility: 'public',
  });
  const [progress, setProgress] = useState<number | null>(null);
  const { problems, show, bind } = useFormProblems(FIELDS);
  const set = (key: keyof Metadata) => (e: { target: { value: string } }) =>
    setMeta({ ...meta, [key]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems<Field> = {};
    if (!file) found.file = { text: t.libraryUpload.noFile };
    if (meta.date.trim() && !isPartialDate(meta.date.trim()))
      found.date = { text: t.libraryUpload.badDate };
    show(found);
    if (!file || Object.keys(found).length > 0) return;
    setProgress(0);
    try {
      const path = apiPath('/api/library/documents', {
        name: file.name,
        title: meta.title.trim(),
        language: meta.language,
        date: meta.date.trim(),
        author: meta.author,
        type: meta.type,
        visibility: meta.visibility,
      });
      const added = await sendFile(path, DocumentSummary, file, setProgress);
      void navigate(`/library/${added.id}`);
    } catch (error) {
      setProgress(null);
      show(problemsOf(error));
    }
  };

  const problemsOf = (error: unknown): Problems<Field> => {
    if (error instanceof RequestFailure && error.status === 413)
      return { file: { text: t.libraryUpload.tooLarge } };
    const problem = failureProblem(error, t);
    const field =
      error instanceof RequestFailure && error.kind === 'api'
        ? FIELDS.find((f) => f === error.field || (f === 'file' && error.field === 'name'))
        : undefined;
    return field ? { [field]: problem } : { form: problem };
  };

  const authors =
    actors.state === 'ready'
      ? [...actors.data.items].sort((a, b) => compare(text(a.name), text(b.name)))
      : [];
  const sending = progress !== null;

  return (
    <>
      <h1>{t.libraryUpload.title}</h1>
      <p className="lead">{t.libraryUpload.lead}</p>
      <form className="stacked-form library-upload" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        <FormField
          id="upload-file"
          label={t.libraryUpload.file}
          hint={format(t.libraryUpload.fileHint, { formats: FORMATS })}
          problem={problems.file}
        >
          {(control) => (
            <div className="library-file">
              {/* The browser's own button speaks the browser's language: the input is hidden
                  from sight (still focusable) and its second label is the button shown. */}
              <input
                {...control}
                ref={bind('file')}
                type="file"
                className="library-file__input"
                accept=".txt,.md,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
              <label htmlFor="upload-file" className="library-file__button" aria-hidden="true">
                {t.libraryUpload.choose}
              </label>
              {file && (
                <span className="library-file__name">
                  {format(t.libraryUpload.chosen, { name: file.name })}
                </span>
              )}
            </div>
          )}
        </FormField>
        <FormField
          id="upload-title"
          label={t.libraryUpload.titleField}
          hint={t.libraryUpload.titleHint}
          problem={problems.title}
        >
          {(control) => (
            <input {...control} ref={bind('title')} value={meta.title} onChange={set('title')} />
          )}
        </FormField>
        <FormField
          id="upload-language"
          label={t.libraryUpload.language}
          problem={problems.language}
        >
          {(control) => (
            <select
              {...control}
              ref={bind('language')}
              value={meta.language}
              onChange={set('language')}
            >
              <option value="">{t.libraryUpload.autoLanguage}</option>
              {DOCUMENT_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t.documentLanguage[l]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="upload-date"
          label={t.libraryUpload.date}
          hint={t.libraryUpload.dateHint}
          problem={problems.date}
        >
          {(control) => (
            <input
              {...control}
              ref={bind('date')}
              inputMode="numeric"
              value={meta.date}
              onChange={set('date')}
            />
          )}
        </FormField>
        <FormField
          id="upload-author"
          label={t.libraryUpload.author}
          hint={t.libraryUpload.authorHint}
          problem={problems.author}
        >
          {(control) => (
            <select {...control} ref={bind('author')} value={meta.author} onChange={set('author')}>
              <option value="">{t.libraryUpload.noAuthor}</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {text(a.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="upload-type" label={t.libraryUpload.type} problem={problems.type}>
          {(control) => (
            <select {...control} ref={bind('type')} value={meta.type} onChange={set('type')}>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t.documentType[type]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="upload-visibility"
          label={t.libraryUpload.visibility}
          problem={problems.visibility}
        >
          {(control) => (
            <select
              {...control}
              ref={bind('visibility')}
              value={meta.visibility}
              onChange={set('visibility')}
            >
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t.documentVisibility[v]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className="primary" disabled={sending}>
          {t.libraryUpload.submit}
        </button>
        {sending && (
          <p role="status">
            <label>
              {format(t.libraryUpload.sending, { percent: Math.round(progress * 100) })}{' '}
              <progress value={progress} max={1} />
            </label>
          </p>
        )}
      </form>
    </>
  );
}

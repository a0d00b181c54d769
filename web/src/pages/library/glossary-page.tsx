import { useState, type FormEvent } from 'react';
import { Glossary, GlossaryTerm } from '../../../../src/library/library.schema.js';
import { RequestFailure, sendJson } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { failureProblem, useFormProblems, type Problems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLibraryAbilities } from './use-library-data.js';
import './library.css';

const LANGUAGES = ['kk', 'ru', 'en'] as const;
const FIELDS = ['id', ...LANGUAGES] as const;
type Field = (typeof FIELDS)[number];

/** The kk/ru/en glossary that carries searches across languages; the Secretariat keeps it. */
export function GlossaryPage() {
  const { t } = useI18n();
  useDocumentTitle(t.glossary.title);
  const abilities = useLibraryAbilities();
  const glossary = useApi('/api/library/glossary', Glossary);
  const [saved, setSaved] = useState<GlossaryTerm[]>([]);

  return (
    <>
      <h1>{t.glossary.title}</h1>
      <p className="lead">{t.glossary.lead}</p>
      {abilities.manageGlossary && (
        <TermForm
          onSaved={(term) => setSaved((list) => [term, ...list.filter((x) => x.id !== term.id)])}
        />
      )}
      <AsyncContent value={glossary}>
        {(data) => {
          const ids = new Set(saved.map((s) => s.id));
          const items = [...saved, ...data.items.filter((i) => !ids.has(i.id))];
          return items.length === 0 ? (
            <p>{t.glossary.empty}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table library-glossary">
                <caption>{format(t.glossary.caption, { count: items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.glossary.id}</th>
                    <th scope="col">{t.glossary.kk}</th>
                    <th scope="col">{t.glossary.ru}</th>
                    <th scope="col">{t.glossary.en}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((term) => (
                    <tr key={term.id} data-term={term.id}>
                      <th scope="row">
                        <code>{term.id}</code>
                      </th>
                      {LANGUAGES.map((l) => (
                        <td key={l} lang={l}>
                          {term[l].join('; ')}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </AsyncContent>
    </>
  );
}

type Draft = Record<Field, string>;
const EMPTY: Draft = { id: '', kk: '', ru: '', en: '' };
const lines = (value: string) =>
  value
    .split('\n')
    .map((v) => v.trim())
    .filter(Boolean);

function TermForm({ onSaved }: { onSaved(term: GlossaryTerm): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const { problems, show, bind } = useFormProblems(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    const found: Problems<Field> = {};
    for (const field of FIELDS) {
      if (draft[field].trim() === '') found[field] = { text: t.glossary.required };
    }
    show(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const id = draft.id.trim();
      const term = await sendJson(
        'PUT',
        `/api/library/glossary/${encodeURIComponent(id)}`,
        GlossaryTerm,
        { kk: lines(draft.kk), ru: lines(draft.ru), en: lines(draft.en) },
      );
      onSaved(term);
      setDraft(EMPTY);
      setNotice(format(t.glossary.saved, { id: term.id }));
    } catch (error) {
      const problem = failureProblem(error, t);
      const field =
        error instanceof RequestFailure
          ? FIELDS.find((f) => error.field === f || error.field?.startsWith(`${f}.`))
          : undefined;
      show(field ? { [field]: problem } : { form: problem });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stacked-form library-term-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t.glossary.add}</h2>
      <FormAlert problem={problems.form} focusRef={bind('form')} />
      <FormField
        id="term-id"
        label={t.glossary.id}
        hint={format(t.glossary.idHint, { example: 'nuclear-weapons' })}
        problem={problems.id}
      >
        {(control) => (
          <input
            {...control}
            ref={bind('id')}
            value={draft.id}
            autoCapitalize="none"
            spellCheck={false}
            onChange={(e) => setDraft({ ...draft, id: e.target.value })}
          />
        )}
      </FormField>
      {LANGUAGES.map((l) => (
        <FormField
          key={l}
          id={`term-${l}`}
          label={t.glossary[l]}
          hint={t.glossary.formsHint}
          problem={problems[l]}
        >
          {(control) => (
            <textarea
              {...control}
              ref={bind(l)}
              lang={l}
              rows={2}
              value={draft[l]}
              onChange={(e) => setDraft({ ...draft, [l]: e.target.value })}
            />
          )}
        </FormField>
      ))}
      <button type="submit" className="primary" disabled={busy}>
        {t.glossary.save}
      </button>
      <p role="status">{notice}</p>
    </form>
  );
}

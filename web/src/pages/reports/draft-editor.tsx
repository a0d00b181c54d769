import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import {
  Attachment,
  type Cycle,
  type Report,
  type ReportEntry,
} from '../../../../src/reports/report.schema.js';
import { apiPath, sendFile } from '../../api/client.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session-context.js';
import type { AttachmentActions } from './attachments-field.js';
import { DraftNotSaved, linked, rememberAttachment, unlinked, withEntry } from './attachments.js';
import { AutosaveStatus } from './autosave-status.js';
import { MeasureFields } from './measure-fields.js';
import { blankEntry, contentToSave, EMPTY_CONTENT, useStateNames } from './report-helpers.js';
import { ReviewList } from './review-list.js';
import { SubmitSection } from './submit-section.js';
import { useAutosave, type Working } from './use-autosave.js';
import { VisibilityChoice } from './visibility-choice.js';

/** The form of a report: per dimension, area and measure; autosaved; submitted when allowed. */
export function DraftEditor({
  cycle,
  state,
  catalogue,
  report: loaded,
  canCreate,
  onReload,
}: {
  cycle: Cycle;
  state: string;
  catalogue: Catalogue;
  report: Report | null;
  canCreate: boolean;
  onReload: () => void;
}) {
  const { t, text } = useI18n();
  const stateName = useStateNames();
  const title = format(t.editor.title, { state: stateName(state) });
  useDocumentTitle(title);
  const [report, setReport] = useState(loaded);
  // Files go to a report that exists; the first save creates it.
  const reportId = useRef(loaded?.id ?? null);
  const saved = useCallback((next: Report) => {
    reportId.current = next.id;
    setReport(next);
  }, []);
  const dimensions = useMemo(
    () => catalogue.dimensions.filter((d) => cycle.dimensions.includes(d.id)),
    [catalogue, cycle],
  );
  const order = useMemo(
    () => dimensions.flatMap((d) => d.areas.flatMap((a) => a.measures.map((m) => m.id))),
    [dimensions],
  );
  const prepare = useCallback(
    (w: Working): Working => ({ ...w, content: contentToSave(w.content, order) }),
    [order],
  );
  const draft = loaded?.draft ?? null;
  const account = useSession().account?.id ?? '';
  const autosave = useAutosave({
    account,
    cycle: cycle.id,
    state,
    initial: {
      content: draft?.content ?? EMPTY_CONTENT,
      visibility: loaded?.visibility ?? 'secretariat',
    },
    revision: draft?.revision ?? 0,
    prepare,
    onSaved: saved,
  });

  const canEdit = report
    ? report.abilities['edit-draft'] === true && report.draft !== null
    : canCreate;
  if (!canEdit) {
    return (
      <>
        <h1>{title}</h1>
        <p>{t.editor.readOnly}</p>
        {report && report.versions.length > 0 && (
          <p>
            <Link to={`/reports/view/${report.id}`}>{t.editor.viewReport}</Link>
          </p>
        )}
      </>
    );
  }

  const { working, update } = autosave;
  const entryOf = (measure: string): ReportEntry =>
    working.content.entries.find((e) => e.measure === measure) ?? blankEntry(measure);
  const setEntry = (entry: ReportEntry) => {
    const others = working.content.entries.filter((e) => e.measure !== entry.measure);
    update({ ...working, content: { ...working.content, entries: [...others, entry] } });
  };
  const filled = contentToSave(working.content, order).entries.length;
  const attachments: AttachmentActions = {
    async upload(file, onProgress) {
      if (!reportId.current) {
        autosave.change((w) => w); // an edit, so that the save creates the report
        if (!(await autosave.save()) || !reportId.current) throw new DraftNotSaved();
      }
      const path = apiPath(`/api/reports/${encodeURIComponent(reportId.current)}/attachments`, {
        name: file.name.slice(0, 200),
      });
      const answer = await sendFile(path, Attachment, file, onProgress);
      rememberAttachment(answer);
      return answer;
    },
    link: (measure, id) =>
      autosave.change((w) => withEntry(w, measure, blankEntry(measure), (e) => linked(e, id))),
    unlink: (measure, id) =>
      autosave.change((w) => withEntry(w, measure, blankEntry(measure), (e) => unlinked(e, id))),
  };
  const reload = () => {
    autosave.discard();
    onReload();
  };

  return (
    <article className="report-editor">
      <p className="breadcrumb">
        <Link to={`/reports/${cycle.id}`}>{text(cycle.title)}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t.editor.lead}</p>
      {report?.abilities['manage-cycles'] && (
        <p className="notice notice--on-behalf">{t.editor.onBehalf}</p>
      )}
      {autosave.restored && <p className="notice">{t.autosave.restored}</p>}
      <div className="autosave-bar">
        <AutosaveStatus
          status={autosave.status}
          failure={autosave.failure}
          onRetry={() => void autosave.save()}
          onReload={reload}
        />
      </div>
      {report && report.versions.length > 0 && (
        <p>
          <Link to={`/reports/view/${report.id}`}>{t.editor.viewReport}</Link>
        </p>
      )}
      <ReviewList reviews={report?.reviews ?? []} />
      <form
        className="report-form"
        onSubmit={(e) => e.preventDefault()}
        onBlur={() => void autosave.save()}
        aria-labelledby="report-form-title"
      >
        <h2 id="report-form-title" className="visually-hidden">
          {title}
        </h2>
        <VisibilityChoice
          value={working.visibility}
          onChange={(visibility) => update({ ...working, visibility })}
        />
        <p className="checkbox nil-return">
          <input
            type="checkbox"
            id="nil-return"
            aria-describedby="nil-return-hint"
            checked={working.content.nilReturn}
            onChange={(e) =>
              update({ ...working, content: { ...working.content, nilReturn: e.target.checked } })
            }
          />
          <label htmlFor="nil-return">{t.editor.nilReturn}</label>
        </p>
        <p id="nil-return-hint" className="hint">
          {t.editor.nilReturnHint}
        </p>
        <p className="muted">{format(t.editor.measuresFilled, { count: filled })}</p>
        {dimensions.map((dimension) => (
          <section
            key={dimension.id}
            className="report-dimension"
            aria-labelledby={`dim-${dimension.id}`}
          >
            <h2 id={`dim-${dimension.id}`}>{text(dimension.name)}</h2>
            {dimension.areas.map((area) => (
              <section key={area.id} aria-labelledby={`area-${area.id}`}>
                <h3 id={`area-${area.id}`}>{text(area.name)}</h3>
                {area.measures.map((measure) => (
                  <MeasureFields
                    key={measure.id}
                    measure={measure.id}
                    text={measure.text}
                    entry={entryOf(measure.id)}
                    disabled={working.content.nilReturn}
                    onChange={setEntry}
                    attachments={attachments}
                  />
                ))}
              </section>
            ))}
          </section>
        ))}
        <div className="field">
          <label htmlFor="report-note">{t.editor.note}</label>
          <textarea
            id="report-note"
            rows={4}
            maxLength={5000}
            value={working.content.note}
            onChange={(e) =>
              update({ ...working, content: { ...working.content, note: e.target.value } })
            }
          />
        </div>
      </form>
      {report && <SubmitSection report={report} flush={autosave.save} onSubmitted={saved} />}
      {report && !report.abilities['submit'] && <p className="muted">{t.submit.cannot}</p>}
    </article>
  );
}

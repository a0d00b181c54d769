import { useState } from 'react';
import { useParams } from 'react-router';
import { Plan } from '../../../../src/plans/plan.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { SignInRequired } from '../../components/sign-in-required.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { draftOf, newDraft } from './plan-draft.js';
import { PlanForm } from './plan-form.js';
import { useActor, useCatalogue } from './use-plans-data.js';
import './plans.css';

/** /plans/new and /plans/:id/edit: for the people of a coordinating state, and the Secretariat. */
export function PlanFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const title = id ? t.planForm.editTitle : t.planForm.newTitle;
  useDocumentTitle(title);
  return (
    <SignInRequired title={title}>
      <h1>{title}</h1>
      {id ? <EditPlan id={id} /> : <NewPlan />}
    </SignInRequired>
  );
}

function NewPlan() {
  const actor = useActor();
  const catalogue = useCatalogue();
  const [initial] = useState(() => newDraft(actor.state ?? '', new Date().getFullYear()));
  return (
    <AsyncContent value={catalogue}>
      {(data) => (
        <PlanForm
          initial={initial}
          id={null}
          catalogue={data}
          chooseState={actor.plansForAnyState}
          onConflict={() => window.location.reload()}
        />
      )}
    </AsyncContent>
  );
}

function EditPlan({ id }: { id: string }) {
  const { t } = useI18n();
  // Reloading after a conflict asks again: the counter is part of the path's key, not the URL.
  const [attempt, setAttempt] = useState(0);
  const plan = useApi(`/api/plans/${encodeURIComponent(id)}#${attempt}`, Plan);
  const catalogue = useCatalogue();
  return (
    <AsyncContent value={catalogue}>
      {(tree) => (
        <AsyncContent value={plan}>
          {(data) =>
            data.abilities['edit'] ? (
              <>
                {data.status === 'returned' && data.comment && (
                  <section aria-labelledby="plan-comment" className="notice">
                    <h2 id="plan-comment">{t.planView.comment}</h2>
                    <p className="plan-text">{data.comment}</p>
                  </section>
                )}
                <PlanForm
                  key={`${data.revision}:${attempt}`}
                  initial={draftOf(data)}
                  id={data.id}
                  catalogue={tree}
                  chooseState={false}
                  onConflict={() => setAttempt((n) => n + 1)}
                />
              </>
            ) : (
              <p className="notice">{t.planForm.notEditable}</p>
            )
          }
        </AsyncContent>
      )}
    </AsyncContent>
  );
}

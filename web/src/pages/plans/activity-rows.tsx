import { useEffect, useRef } from 'react';
import { FormField } from '../../components/form-field.js';
import type { Problems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { emptyActivity, type ActivityDraft, type ActivityField } from './plan-draft.js';

/** The activities of a plan, one fieldset each, added and removed with buttons. */
export function ActivityRows({
  activities,
  problems,
  bind,
  onChange,
}: {
  activities: ActivityDraft[];
  problems: Problems<string>;
  bind(name: string): (element: HTMLElement | null) => void;
  onChange(activities: ActivityDraft[]): void;
}) {
  const { t } = useI18n();
  const f = t.planForm;
  // After adding a row, the keyboard goes on in its first field; after removing one, to 'add'.
  const focusAfter = useRef<'added' | 'removed' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAfter.current === 'added')
      document.getElementById(`activity-${activities.length - 1}-title`)?.focus();
    if (focusAfter.current === 'removed') addButton.current?.focus();
    focusAfter.current = null;
  }, [activities.length]);
  const update = (index: number, field: ActivityField, value: string) =>
    onChange(activities.map((a, i) => (i === index ? { ...a, [field]: value } : a)));
  const input = (index: number, field: ActivityField, label: string, type = 'text') => {
    const name = `activities.${index}.${field}`;
    return (
      <FormField id={`activity-${index}-${field}`} label={label} problem={problems[name]}>
        {(control) => (
          <input
            {...control}
            type={type}
            ref={bind(name)}
            value={activities[index]![field]}
            required={field === 'title' || type === 'date'}
            onChange={(event) => update(index, field, event.target.value)}
          />
        )}
      </FormField>
    );
  };
  return (
    <fieldset className="plan-activities">
      <legend>{f.activities}</legend>
      {activities.map((activity, index) => {
        const number = index + 1;
        return (
          <fieldset key={activity.key} className="plan-activity">
            <legend>{format(f.activityNumber, { number })}</legend>
            {input(index, 'title', f.activityTitle)}
            <div className="plan-activity__dates">
              {input(index, 'startsOn', f.startsOn, 'date')}
              {input(index, 'endsOn', f.endsOn, 'date')}
            </div>
            {input(index, 'venue', f.venue)}
            {input(index, 'organisers', f.organisers)}
            {input(index, 'participants', f.participants)}
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                focusAfter.current = 'removed';
                onChange(activities.filter((_, i) => i !== index));
              }}
            >
              {format(f.removeActivity, { number })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        ref={addButton}
        onClick={() => {
          focusAfter.current = 'added';
          onChange([...activities, emptyActivity()]);
        }}
      >
        {f.addActivity}
      </button>
    </fieldset>
  );
}

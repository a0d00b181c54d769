import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MemberList } from '../../../src/organizations/organization.schema.js';
import { parsePartialDate } from '../../../src/platform/partial-date.js';
import { StateList } from '../../../src/states/state.schema.js';
import { apiPath } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent, Failure } from '../components/async-content.js';
import { PartialDate } from '../components/partial-date.js';
import { Template } from '../components/template.js';
import { WorldMap, type MapEntry } from '../components/world-map.js';
import { format, yearOf } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

type Member = MemberList['items'][number];

/** Members, observers and partners on a chosen day (today by default, `?at=` in the URL), with the map. */
export function MembershipSection({
  organization,
  organizationName,
}: {
  organization: string;
  organizationName: string;
}) {
  const { t, text } = useI18n();
  const [params, setParams] = useSearchParams();
  const at = isCalendarDay(params.get('at') ?? '') ? params.get('at') : null;
  const base = `/api/organizations/${encodeURIComponent(organization)}/members`;
  const states = useApi(apiPath(base, { at, limit: 500 }), MemberList);
  const organizations = useApi(apiPath(base, { at, limit: 500, kind: 'organization' }), MemberList);
  const allStates = useApi('/api/states?limit=500', StateList);

  const otherNames = useMemo(() => {
    const names = new Map<string, string>();
    if (allStates.state === 'ready')
      for (const s of allStates.data.items) if (s.numeric) names.set(s.numeric, text(s.name));
    return names;
  }, [allStates, text]);

  const choose = (day: string | null) => {
    const next = new URLSearchParams(params);
    if (day) next.set('at', day);
    else next.delete('at');
    setParams(next);
  };

  return (
    <section aria-labelledby="membership-heading">
      <h2 id="membership-heading">{t.organization.membership}</h2>
      <AsOfForm key={at ?? ''} value={at} onChoose={choose} />
      <AsyncContent value={states}>
        {(list) => (
          <>
            <p className="as-of">
              <Template
                text={t.organization.asOfCaption}
                slots={{ date: <PartialDate value={list.at} /> }}
              />
            </p>
            <WorldMap
              entries={toMapEntries(list.items, text)}
              otherNames={otherNames}
              label={format(t.map.label, { organization: organizationName })}
            />
            <StatusTables members={list.items} />
          </>
        )}
      </AsyncContent>
      {organizations.state === 'failed' ? (
        <Failure failure={organizations.failure} retry={organizations.retry} />
      ) : organizations.state === 'ready' && organizations.data.items.length > 0 ? (
        <MemberTable
          id="observer-organizations"
          members={organizations.data.items}
          caption={t.organization.observerOrganizations}
          kind="organization"
        />
      ) : null}
    </section>
  );
}

function AsOfForm({
  value,
  onChoose,
}: {
  value: string | null;
  onChoose(day: string | null): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const day = draft.trim();
    if (day !== '' && !isCalendarDay(day)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onChoose(day === '' ? null : day);
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label htmlFor="as-of">{t.organization.asOf}</label>
      <input
        id="as-of"
        name="at"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        inputMode="numeric"
        size={12}
        placeholder={t.organization.dayFormat}
        aria-describedby="as-of-hint"
        aria-invalid={invalid}
      />
      <button type="submit">{t.organization.show}</button>
      {value && (
        <button type="button" onClick={() => onChoose(null)}>
          {t.organization.today}
        </button>
      )}
      <p id="as-of-hint" className="hint" role={invalid ? 'alert' : undefined}>
        {invalid ? t.organization.badDay : t.organization.asOfHint}
      </p>
    </form>
  );
}

function isCalendarDay(value: string): boolean {
  return parsePartialDate(value)?.precision === 'day';
}

function toMapEntries(members: readonly Member[], text: (v: Member['name']) => string): MapEntry[] {
  return members.map((m) => ({ numeric: m.numeric, status: m.status, name: text(m.name) }));
}

function StatusTables({ members }: { members: readonly Member[] }) {
  const { t } = useI18n();
  const of = (status: Member['status']) => members.filter((m) => m.status === status);
  const partners = of('partner');
  return (
    <>
      <MemberTable
        id="member-states"
        members={of('member')}
        caption={t.organization.members}
        kind="state"
      />
      <MemberTable
        id="observer-states"
        members={of('observer')}
        caption={t.organization.observers}
        kind="state"
      />
      {partners.length > 0 && (
        <MemberTable
          id="partner-states"
          members={partners}
          caption={t.organization.partners}
          kind="state"
        />
      )}
    </>
  );
}

function MemberTable({
  id,
  members,
  caption,
  kind,
}: {
  id: string;
  members: readonly Member[];
  caption: string;
  kind: 'state' | 'organization';
}) {
  const { t, text, compare } = useI18n();
  const sorted = [...members].sort((a, b) => compare(text(a.name), text(b.name)));
  const hasLeft = sorted.some((m) => m.to !== null);
  return (
    <div className="table-wrap">
      <table id={id} className="data-table">
        <caption>{format(caption, { count: sorted.length })}</caption>
        <thead>
          <tr>
            <th scope="col">
              {kind === 'state' ? t.organization.state : t.organization.organization}
            </th>
            <th scope="col">{t.organization.since}</th>
            {hasLeft && <th scope="col">{t.organization.left}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={hasLeft ? 3 : 2}>{t.organization.noneOnDate}</td>
            </tr>
          )}
          {sorted.map((m) => (
            <tr key={m.id} data-state={m.state ?? undefined}>
              <th scope="row">
                {m.state ? (
                  <Link to={`/states/${m.state}`}>{text(m.name)}</Link>
                ) : m.organization ? (
                  <Link to={`/organizations/${m.organization}`}>{text(m.name)}</Link>
                ) : (
                  text(m.name)
                )}
              </th>
              <td>
                {m.from ? <time dateTime={m.from}>{yearOf(m.from)}</time> : t.organization.unknown}
              </td>
              {hasLeft && <td>{m.to ? <time dateTime={m.to}>{yearOf(m.to)}</time> : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

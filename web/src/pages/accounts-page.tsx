import { AccountList } from '../../../src/accounts/account.schema.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { SignInRequired } from '../components/sign-in-required.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useActingFor, useActors } from '../session/acting-for.js';
import { useSession } from '../session/session-context.js';
import { InviteForm } from './invite-form.js';

/** The Secretariat's page of accounts; administrators invite from it. */
export function AccountsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.accounts.title);
  return (
    <SignInRequired title={t.accounts.title} ability="list">
      <Accounts />
    </SignInRequired>
  );
}

function Accounts() {
  const { t } = useI18n();
  const session = useSession();
  const actors = useActors();
  const actingFor = useActingFor(actors);
  const list = useApi('/api/accounts', AccountList);
  return (
    <>
      <h1>{t.accounts.title}</h1>
      {session.can('invite') && <InviteForm actors={actors} />}
      <AsyncContent value={list}>
        {(data) => (
          <div className="table-wrap">
            <table className="data-table" id="accounts">
              <caption>{format(t.accounts.list, { count: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.accounts.name}</th>
                  <th scope="col">{t.accounts.email}</th>
                  <th scope="col">{t.accounts.role}</th>
                  <th scope="col">{t.accounts.actsFor}</th>
                  <th scope="col">{t.accounts.twoFactor}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((account) => (
                  <tr key={account.id}>
                    <th scope="row">{account.name}</th>
                    <td>{account.email}</td>
                    <td>{t.accountRole[account.role]}</td>
                    <td>{actingFor(account)}</td>
                    <td>{account.totpEnabled ? t.accounts.yes : t.accounts.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>
    </>
  );
}

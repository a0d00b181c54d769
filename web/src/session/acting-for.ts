import { useCallback } from 'react';
import type { AccountView } from '../../../src/accounts/account.schema.js';
import { OrganizationList } from '../../../src/organizations/organization.schema.js';
import { StateList } from '../../../src/states/state.schema.js';
import { useApi, type Loadable } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';

export interface Actors {
  states: Loadable<StateList>;
  organizations: Loadable<OrganizationList>;
}

/** The states and organisations of the record, to name whom an account acts for and to choose it. */
export function useActors(): Actors {
  return {
    states: useApi('/api/states?limit=500', StateList),
    organizations: useApi('/api/organizations?limit=500', OrganizationList),
  };
}

/** Names whom an account acts for: the Secretariat, a state or an organisation, in the UI language. */
export function useActingFor({ states, organizations }: Actors): (account: AccountView) => string {
  const { t, text } = useI18n();
  return useCallback(
    (account: AccountView) => {
      const named = (list: Loadable<StateList | OrganizationList>, id: string) => {
        const found = list.state === 'ready' ? list.data.items.find((i) => i.id === id) : undefined;
        return found ? text(found.name) : id;
      };
      if (account.state) return named(states, account.state);
      if (account.organization) return named(organizations, account.organization);
      return t.account.secretariat;
    },
    [states, organizations, t, text],
  );
}

import { useCallback, useMemo } from 'react';
import { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { StateList } from '../../../../src/states/state.schema.js';
import type { LocalizedText } from '../../../../src/platform/localized-text.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session-context.js';

/** The CICA Catalogue of CBMs: its areas, measures and coordinators. */
export function useCatalogue() {
  return useApi('/api/organizations/CICA/catalogue', Catalogue);
}

/** Every state, for pickers and for naming the states of plans. */
export function useStates() {
  return useApi('/api/states?limit=500', StateList);
}

/** What the signed-in caller may do on these pages, as the server's policies answered with the session. */
export function useActor() {
  const session = useSession();
  return {
    loading: session.status === 'loading',
    signedIn: session.account !== null,
    state: session.account?.state ?? null,
    /** Writes plans (the server decides for which areas). */
    writesPlans: session.canIn('plans', 'edit'),
    /** Writes plans for any state, not only its own. */
    plansForAnyState: session.canIn('plans', 'choose-state'),
    recordsCoordinators: session.canIn('plans', 'record-coordinator'),
    declaresCommitments: session.canIn('commitments', 'declare'),
    commitmentsForAnyState: session.canIn('commitments', 'choose-state'),
  };
}

/** A state's name in the UI language once the states are loaded; its id until then. */
export function useStateName(): (id: string) => string {
  const { text } = useI18n();
  const states = useStates();
  const names = useMemo(
    () =>
      states.state === 'ready'
        ? new Map(states.data.items.map((s) => [s.id, s.name] as const))
        : new Map<string, LocalizedText>(),
    [states],
  );
  return useCallback(
    (id: string) => {
      const name = names.get(id);
      return name ? text(name) : id;
    },
    [names, text],
  );
}

import { parsePartialDate } from '../../../../src/platform/partial-date.js';
import { useCallback, useMemo } from 'react';
import { ActorList } from '../../../../src/events/event.schema.js';
import type { LocalizedText } from '../../../../src/platform/localized-text.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session-context.js';

/** What the caller may do in the library, as the server's policy answered with the session. */
export function useLibraryAbilities() {
  const session = useSession();
  return {
    loading: session.status === 'loading',
    signedIn: session.account !== null,
    add: session.canIn('library', 'add'),
    decide: session.canIn('library', 'decide'),
    manageGlossary: session.canIn('library', 'manage-glossary'),
  };
}

/** The states, organisations and bodies of the registry, for naming ids and for pickers. */
export function useActors() {
  return useApi('/api/actors', ActorList);
}

/** An actor's name in the UI language once the registry answered; its id until then. */
export function useActorName(): (id: string) => string {
  const { text } = useI18n();
  const actors = useActors();
  const names = useMemo(
    () =>
      actors.state === 'ready'
        ? new Map(actors.data.items.map((a) => [a.id, a.name] as const))
        : new Map<string, LocalizedText>(),
    [actors],
  );
  return useCallback(
    (id: string) => {
      const name = names.get(id);
      return name ? text(name) : id;
    },
    [names, text],
  );
}

/** Whether the API takes this as a date (a year, a month or a day): the server's own rule. */
export const isPartialDate = (value: string) => parsePartialDate(value) !== null;

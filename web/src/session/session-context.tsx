import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { SessionView, SignedOut, type AccountView } from '../../../src/accounts/account.schema.js';
import { getJson, onSessionDoubt, RequestFailure, sendJson, setCsrfToken } from '../api/client.js';

/** What the server's account policy answers for the caller; the web never decides these itself. */
export type AccountAbility =
  'sign-in' | 'read-session' | 'accept-invitation' | 'sign-out' | 'manage-own' | 'invite' | 'list';

export interface Session {
  /** 'loading' until the first answer of GET /api/session. */
  status: 'loading' | 'ready' | 'failed';
  account: AccountView | null;
  csrfToken: string | null;
  abilities: Readonly<Record<string, boolean>>;
  can(ability: AccountAbility): boolean;
  /** What the server lets the caller do in a module before choosing a record, e.g. modules.plans.edit. */
  canIn(module: 'reports' | 'plans' | 'commitments' | 'library', ability: string): boolean;
  /** Asks the server again, e.g. after the account changed or a request found the session ended. */
  refresh(): Promise<void>;
  /** Takes the session the server answered with (sign-in answers one). */
  accept(view: SessionView): void;
  /** Ends this session, or every session of the account; answers how many ended. */
  signOut(everywhere?: boolean): Promise<number>;
}

const PUBLIC: SessionView = { account: null, csrfToken: null, abilities: {}, modules: {} };

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [view, setView] = useState<SessionView>(PUBLIC);

  // Each answer about the session counts only if no newer one was asked for or given since:
  // a slow look-up must not undo a sign-in that happened meanwhile.
  const generation = useRef(0);

  const apply = useCallback((next: SessionView | null) => {
    // The token is set before any render, so no mutation can go out without it.
    setCsrfToken(next?.csrfToken ?? null);
    setView(next ?? PUBLIC);
    setStatus(next ? 'ready' : 'failed');
  }, []);

  const accept = useCallback(
    (next: SessionView) => {
      generation.current += 1;
      apply(next);
    },
    [apply],
  );

  const look = useCallback(
    (signal?: AbortSignal) => {
      const asked = ++generation.current;
      return getJson('/api/session', SessionView, signal).then(
        (next) => {
          if (asked === generation.current) apply(next);
        },
        (error: unknown) => {
          if (asked === generation.current && !signal?.aborted) apply(null);
          if (!(error instanceof RequestFailure) && !signal?.aborted) throw error;
        },
      );
    },
    [apply],
  );

  const refresh = useCallback(() => look(), [look]);

  useEffect(() => {
    const controller = new AbortController();
    void look(controller.signal);
    return () => controller.abort();
  }, [look]);

  // Another tab may have signed in or out; look again when this one comes back into view.
  useEffect(() => {
    const lookAgain = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    onSessionDoubt(() => void refresh());
    document.addEventListener('visibilitychange', lookAgain);
    return () => {
      onSessionDoubt(() => {});
      document.removeEventListener('visibilitychange', lookAgain);
    };
  }, [refresh]);

  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        const answer = everywhere
          ? await sendJson('POST', '/api/session/sign-out-everywhere', SignedOut)
          : await sendJson('DELETE', '/api/session', SignedOut);
        return answer.signedOut;
      } catch (error) {
        // An expired session is signed out already; anything else is for the caller to show.
        if (error instanceof RequestFailure && error.status === 401) return 0;
        throw error;
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  const value = useMemo<Session>(
    () => ({
      status,
      account: view.account,
      csrfToken: view.csrfToken,
      abilities: view.abilities,
      can: (ability) => view.abilities[ability] === true,
      canIn: (module, ability) => view.modules[module]?.[ability] === true,
      refresh,
      accept,
      signOut,
    }),
    [status, view, refresh, accept, signOut],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const value = use(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

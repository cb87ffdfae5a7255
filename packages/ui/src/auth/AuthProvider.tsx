import type { AccountKind, SignIn } from '@talent/domain';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, isApiError, onUnauthenticated } from '../api/apiFetch';
import { api, call } from '../api/client';
import type { Me } from './types';

export type AuthState =
  | { status: 'loading'; user: null; error: null }
  | { status: 'ready'; user: Me | null; error: null }
  | { status: 'error'; user: null; error: ApiError };

type AuthContextValue = AuthState & {
  /** The portal's account kind: the sign-in form sends it, the guard checks it. */
  kind: AccountKind;
  signIn: (credentials: Omit<SignIn, 'kind'>) => Promise<Me>;
  signOut: () => Promise<void>;
  /** Reloads `/api/me`. */
  refresh: () => Promise<Me | null>;
  /** After a sign-up (which signs in) or a profile change that returned the user. */
  setUser: (user: Me | null) => void;
};

const AuthContext = createContext<AuthContextValue | null>(null);

async function loadMe(): Promise<Me | null> {
  try {
    const { user } = await call(api.me.$get());
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function AuthProvider({ kind, children }: { kind: AccountKind; children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading', user: null, error: null });
  const started = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const user = await loadMe();
      setState({ status: 'ready', user, error: null });
      return user;
    } catch (error) {
      const apiError = isApiError(error)
        ? error
        : new ApiError({ status: 0, code: 'network', message: String(error) });
      setState({ status: 'error', user: null, error: apiError });
      return null;
    }
  }, []);

  useEffect(() => {
    // once per page load, StrictMode's double effect included
    if (started.current) return;
    started.current = true;
    void refresh();
  }, [refresh]);

  // a request found the session gone: forget the user, so the guard asks them to sign in again
  useEffect(
    () =>
      onUnauthenticated(() =>
        setState((s) =>
          s.status === 'ready' && s.user === null ? s : { status: 'ready', user: null, error: null },
        ),
      ),
    [],
  );

  const signIn = useCallback(
    async (credentials: Omit<SignIn, 'kind'>) => {
      const { user } = await call(
        api.auth['sign-in'].$post({
          json: { kind, login: credentials.login, password: credentials.password },
        }),
      );
      setState({ status: 'ready', user, error: null });
      return user;
    },
    [kind],
  );

  const signOut = useCallback(async () => {
    try {
      await call(api.auth['sign-out'].$post());
    } catch (error) {
      // an expired session is signed out already; anything else still ends the session on this screen
      if (!isApiError(error)) throw error;
    }
    setState({ status: 'ready', user: null, error: null });
  }, []);

  const setUser = useCallback((user: Me | null) => setState({ status: 'ready', user, error: null }), []);

  const value = useMemo<AuthContextValue>(
    () => ({ ...state, kind, signIn, signOut, refresh, setUser }),
    [state, kind, signIn, signOut, refresh, setUser],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (value === null) throw new Error('useAuth() needs an <AuthProvider> above it');
  return value;
}

/** The signed-in user, for screens behind <RequireAuth>. */
export function useCurrentUser(): Me {
  const { user } = useAuth();
  if (user === null) throw new Error('useCurrentUser() is for screens behind <RequireAuth>');
  return user;
}

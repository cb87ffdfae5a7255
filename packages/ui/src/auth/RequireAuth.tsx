import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { SignOutButton } from '../shell/SignOutButton';
import { useAuth } from './AuthProvider';
import { type Audience, canSee, signInPathFor } from './access';

export function LoadingScreen() {
  const t = useT();
  return (
    <div className="page-status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('session.loading')}
    </div>
  );
}

/**
 * Shows its children (or the nested routes) to a signed-in user of the portal's kind; sends anyone
 * else to the sign-in page with `?next=` set to where they were going.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const t = useT();

  if (auth.status === 'loading') return <LoadingScreen />;
  if (auth.status === 'error') {
    return (
      <div className="page-status" role="alert">
        <p>{t('session.loadFailed')}</p>
        <button type="button" className="button" onClick={() => void auth.refresh()}>
          {t('action.retry')}
        </button>
      </div>
    );
  }
  if (auth.user === null) {
    return <Navigate to={signInPathFor(location.pathname + location.search + location.hash)} replace />;
  }
  if (auth.user.kind !== auth.kind) {
    return (
      <div className="page-status" role="alert" data-testid="wrong-portal">
        <p>{t('session.wrongPortal', { kind: t(`kind.${auth.user.kind}`) })}</p>
        <SignOutButton />
      </div>
    );
  }
  // an admin set a temporary password: nothing else until the holder chooses a new one
  if (auth.user.mustChangePassword) return <ChangePasswordPage mustChange />;
  return children ?? <Outlet />;
}

/** Inside <RequireAuth>: shows a "no access" notice to users outside the audience. */
export function RequireAccess({ audience, children }: { audience: Audience; children?: ReactNode }) {
  const { user } = useAuth();
  if (!canSee(audience, user)) return <Forbidden />;
  return children ?? <Outlet />;
}

export function Forbidden() {
  const t = useT();
  return (
    <div className="page-status" role="alert" data-testid="forbidden">
      <p>{t('session.forbidden')}</p>
      <Link to="/">{t('session.backHome')}</Link>
    </div>
  );
}

export function NotFound() {
  const t = useT();
  return (
    <div className="page-status" data-testid="not-found">
      <p>{t('session.notFound')}</p>
      <Link to="/">{t('session.backHome')}</Link>
    </div>
  );
}

import { notificationsQuery, useAuth, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation } from 'react-router';

/**
 * The page area: a bell with the unread count above every signed-in page (refreshed on navigation),
 * and below every page the link to the public notices, which need no sign-in.
 */
export function Frame() {
  const { user } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  return (
    <>
      {user && !location.pathname.startsWith('/verify') && <Bell key={location.pathname} />}
      <Outlet />
      <footer className="public-footer no-print">
        <Link to="/notices" data-testid="public-notices-link">
          {t('publicNotices.link')}
        </Link>
      </footer>
    </>
  );
}

function Bell() {
  const { t } = useI18n();
  const page = useQuery(notificationsQuery(1));
  const unread = page.data?.unread ?? 0;
  return (
    <div className="bell-row no-print">
      <Link
        to="/notifications"
        className="bell"
        data-testid="notification-bell"
        aria-label={t('notifications.bell', { n: unread })}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 && (
          <span className="bell-count" data-testid="unread-count">
            {unread}
          </span>
        )}
      </Link>
    </div>
  );
}

import { apiFetch, Card, FormError, formatDateTime, PageHeader, useApi, useI18n } from '@talent/ui';
import { useNavigate } from 'react-router';
import type { NotificationItem, NotificationPage } from '../apiTypes';

/** In-app notifications, newest first; opening one marks it read and goes to its application. */
export function NotificationsPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const resource = useApi<NotificationPage>('/api/notifications?pageSize=50');
  const page = resource.data;
  const open = async (n: NotificationItem) => {
    if (!n.read) await apiFetch(`/api/notifications/${n.id}/read`, { method: 'POST' });
    if (n.entity === 'settlement_application' && n.entityId) navigate(`/applications/${n.entityId}`);
    else if (n.entity === 'subsidy_claim' && n.entityId) navigate(`/subsidy/claims/${n.entityId}`);
    else resource.reload();
  };
  const readAll = async () => {
    await apiFetch('/api/notifications/read-all', { method: 'POST' });
    resource.reload();
  };
  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('notifications.title')}
        actions={
          page && page.unread > 0 ? (
            <button
              type="button"
              className="button button-small"
              data-testid="mark-all-read"
              onClick={readAll}
            >
              {t('notifications.readAll')}
            </button>
          ) : null
        }
      >
        {page && (
          <p className="muted" data-testid="notifications-unread">
            {t('notifications.unread', { n: page.unread })}
          </p>
        )}
      </PageHeader>
      <FormError error={resource.error} />
      <Card>
        {page && page.items.length === 0 && <p className="muted">{t('notifications.none')}</p>}
        <ul className="notification-list" data-testid="notification-list">
          {page?.items.map((n) => (
            <li key={n.id} className={n.read ? 'notification' : 'notification notification-unread'}>
              <button
                type="button"
                className="notification-button"
                data-testid={`notification-${n.id}`}
                onClick={() => void open(n)}
              >
                <span className="notification-text">{n.text[locale]}</span>
                <time className="notification-time" dateTime={n.createdAt}>
                  {formatDateTime(n.createdAt, locale)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

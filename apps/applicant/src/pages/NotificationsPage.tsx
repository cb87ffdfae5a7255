import {
  api,
  Card,
  call,
  FormError,
  formatDateTime,
  type NotificationPage,
  notificationsQuery,
  PageHeader,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

type NotificationItem = NotificationPage['items'][number];

/** In-app notifications, newest first; opening one marks it read and goes to its application. */
export function NotificationsPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const resource = useQuery(notificationsQuery(50));
  const page = resource.data;
  // the bell and this list count what is unread: both load again
  const reload = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const open = async (n: NotificationItem) => {
    if (!n.read) await call(api.notifications[':id'].read.$post({ param: { id: n.id } }));
    if (n.entity === 'settlement_application' && n.entityId) navigate(`/applications/${n.entityId}`);
    else if (n.entity === 'subsidy_claim' && n.entityId) navigate(`/subsidy/claims/${n.entityId}`);
    else await reload();
  };
  const readAll = async () => {
    await call(api.notifications['read-all'].$post());
    await reload();
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

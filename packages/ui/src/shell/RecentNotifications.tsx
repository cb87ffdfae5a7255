import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { type NotificationPage, notificationsQuery } from '../api/notifications';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { Card } from './Page';

type Notification = NotificationPage['items'][number];

/**
 * The latest notifications to the signed-in staff member (the bureau's verdict to an organisation, a
 * green-channel case past its deadline to a reviewer); `linkFor` makes one a link to its record.
 */
export function RecentNotifications({
  title,
  testId = 'notices',
  pageSize = 5,
  linkFor,
}: {
  title: string;
  testId?: string;
  pageSize?: number;
  linkFor?: (n: Notification, text: string) => ReactNode;
}) {
  const { locale } = useI18n();
  const { data: items } = useQuery({ ...notificationsQuery(pageSize), select: (page) => page.items });
  if (!items || items.length === 0) return null;
  return (
    <Card title={title} testId={testId}>
      <ul className="plain-list">
        {items.map((n) => (
          <li key={n.id} data-testid={`notice-${n.id}`} className={n.read ? 'muted' : undefined}>
            <span>{linkFor?.(n, n.text[locale]) ?? n.text[locale]}</span>{' '}
            <span className="muted">{formatDateTime(n.createdAt, locale)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

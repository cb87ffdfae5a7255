import type { LocalizedText } from '@talent/domain';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { Card } from './Page';

type Notification = {
  id: string;
  text: LocalizedText;
  entity: string | null;
  entityId: string | null;
  read: boolean;
  createdAt: string;
};

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
  const [items, setItems] = useState<Notification[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    apiFetch<{ items: Notification[] }>('/api/notifications', {
      query: { pageSize },
      signal: controller.signal,
    }).then(
      (page) => setItems(page.items),
      () => setItems(null),
    );
    return () => controller.abort();
  }, [pageSize]);
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

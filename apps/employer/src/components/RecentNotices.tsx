import type { NotificationPage } from '@talent/api/client';
import { apiFetch, Card, formatDateTime, useI18n } from '@talent/ui';
import { useEffect, useState } from 'react';

/** The latest notices to the signed-in staff member, e.g. the bureau's verdict on the organisation. */
export function RecentNotices() {
  const { t, locale } = useI18n();
  const [page, setPage] = useState<NotificationPage | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    apiFetch<NotificationPage>('/api/notifications', {
      query: { pageSize: 5 },
      signal: controller.signal,
    }).then(setPage, () => setPage(null));
    return () => controller.abort();
  }, []);
  if (!page || page.items.length === 0) return null;
  return (
    <Card title={t('employer.home.notices')} testId="notices">
      <ul className="plain-list">
        {page.items.map((n) => (
          <li key={n.id} data-testid={`notice-${n.id}`} className={n.read ? 'muted' : undefined}>
            <span>{n.text[locale]}</span> <span className="muted">{formatDateTime(n.createdAt, locale)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

import { api, Badge, Card, call, Notice, PageHeader, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { noticeDate } from './noticeDate';

/**
 * Public (no sign-in): the talent-subsidy notices (公示) in their period and those recently ended,
 * each with its period and how to object; policy.md "Paying money".
 */
export function PublicNoticesPage() {
  const { t, locale } = useI18n();
  const notices = useQuery({
    queryKey: ['public', 'notices'],
    queryFn: () => call(api.public.notices.$get()),
  });
  const items = notices.data?.items ?? [];
  return (
    <div className="page page-narrow" data-testid="public-notices">
      <PageHeader title={t('publicNotices.title')}>
        <p className="muted">{t('publicNotices.intro')}</p>
      </PageHeader>
      {notices.isLoading && <p className="muted">…</p>}
      {notices.error !== null && !notices.isLoading && (
        <Notice tone="error" testId="public-notices-error">
          {t('publicNotices.loadFailed')}
        </Notice>
      )}
      {notices.data && items.length === 0 && (
        <Notice tone="neutral" testId="public-notices-empty">
          {t('publicNotices.none')}
        </Notice>
      )}
      {items.map((n) => (
        <Card key={n.id} testId={`public-notice-${n.number}`}>
          <h2 className="notice-card-title">
            <Link to={`/notices/${n.id}`} data-testid={`public-notice-link-${n.number}`}>
              {n.title}
            </Link>
          </h2>
          <p>
            <Badge tone={n.state === 'published' ? 'warning' : 'neutral'}>
              {t(n.state === 'published' ? 'publicNotices.inPeriod' : 'publicNotices.ended')}
            </Badge>{' '}
            {t('notices.periodValue', {
              from: noticeDate(n.publishedOn, locale),
              to: noticeDate(n.endsOn, locale),
            })}
            {' · '}
            {t('publicNotices.people', { n: n.entries })}
          </p>
          <Link to={`/notices/${n.id}`} className="button">
            {t('publicNotices.open')}
          </Link>
        </Card>
      ))}
    </div>
  );
}

import { formatFen } from '@talent/domain';
import { api, Badge, Card, call, countyName, isApiError, Notice, PageHeader, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { noticeDate } from './noticeDate';

/**
 * Public (no sign-in): one notice as published — masked names (张*三) and IDs (6210**********123X),
 * tier, county and amount — with its period and how to raise an objection.
 */
export function PublicNoticePage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const resource = useQuery({
    queryKey: ['public', 'notices', id],
    queryFn: () => call(api.public.notices[':id'].$get({ param: { id } })),
  });
  const notice = resource.data?.notice;
  return (
    <div className="page page-narrow" data-testid="public-notice">
      <p>
        <Link to="/notices" data-testid="public-notices-back">
          ← {t('publicNotices.back')}
        </Link>
      </p>
      {resource.isLoading && <p className="muted">…</p>}
      {!resource.isLoading && !notice && (
        <Notice tone="error" testId="public-notice-missing">
          {isApiError(resource.error) && resource.error.status === 404
            ? t('publicNotices.notFound')
            : t('publicNotices.loadFailed')}
        </Notice>
      )}
      {notice && (
        <>
          <PageHeader title={notice.title}>
            <p>
              <Badge tone={notice.state === 'published' ? 'warning' : 'neutral'} testId="public-notice-state">
                {t(notice.state === 'published' ? 'publicNotices.inPeriod' : 'publicNotices.ended')}
              </Badge>{' '}
              <span data-testid="public-notice-period">
                {t('notices.periodValue', {
                  from: noticeDate(notice.publishedOn, locale),
                  to: noticeDate(notice.endsOn, locale),
                })}
              </span>
            </p>
          </PageHeader>
          <Card title={t('publicNotices.howToObject')} testId="public-notice-contact">
            <p>{notice.objectionContact}</p>
          </Card>
          <Card
            title={t('notice.total', {
              n: notice.entries.length,
              amount: formatFen(notice.totalFen, locale),
            })}
            testId="public-notice-entries"
          >
            <p className="muted">{t('publicNotices.masked')}</p>
            <ol className="notice-entries">
              {notice.entries.map((e) => (
                <li key={e.id} className="notice-entry" data-testid="public-notice-entry">
                  <span className="notice-entry-name">{e.name}</span>
                  <span className="mono muted">{e.residentId}</span>
                  <span>
                    {tKey(`tier.${e.tier}`)} · {countyName(e.countyCode, locale)}
                  </span>
                  <span className="notice-entry-amount">{formatFen(e.amountFen, locale)}</span>
                </li>
              ))}
            </ol>
          </Card>
        </>
      )}
    </div>
  );
}

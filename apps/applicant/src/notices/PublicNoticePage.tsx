import type { PublicNotice } from '@talent/api/client';
import { divisionByCode, formatFen } from '@talent/domain';
import { Badge, Card, isApiError, Notice, PageHeader, useApi, useI18n } from '@talent/ui';
import { Link, useParams } from 'react-router';
import { noticeDate } from './noticeDate';

/**
 * Public (no sign-in): one notice as published — masked names (张*三) and IDs (6210**********123X),
 * tier, county and amount — with its period and how to raise an objection.
 */
export function PublicNoticePage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const resource = useApi<{ notice: PublicNotice }>(`/api/public/notices/${encodeURIComponent(id)}`);
  const notice = resource.data?.notice;
  const county = (code: string) => {
    const d = divisionByCode(code);
    return d ? (locale === 'zh-CN' ? d.nameZh : d.nameEn) : code;
  };
  return (
    <div className="page page-narrow" data-testid="public-notice">
      <p>
        <Link to="/notices" data-testid="public-notices-back">
          ← {t('publicNotices.back')}
        </Link>
      </p>
      {resource.loading && <p className="muted">…</p>}
      {!resource.loading && !notice && (
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
                    {tKey(`tier.${e.tier}`)} · {county(e.countyCode)}
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

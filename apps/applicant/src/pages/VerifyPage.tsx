import { api, call, formatDateTime, isApiError, Notice, PageHeader, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

/** Public (no sign-in): is this move-in permit genuine? Shows no more than a masked name. */
export function VerifyPage() {
  const { code = '' } = useParams();
  const { t, locale } = useI18n();
  const resource = useQuery({
    queryKey: ['public', 'permits', code],
    queryFn: () => call(api.public.permits[':code'].$get({ param: { code } })),
  });
  const permit = resource.data?.permit;
  return (
    <div className="page page-narrow" data-testid="verify-page">
      <PageHeader title={t('verify.title')} />
      {resource.isLoading && <p className="muted">…</p>}
      {permit && (
        <Notice tone="success" testId="verify-genuine">
          <p className="verify-verdict">{t('verify.genuine')}</p>
          <dl className="facts">
            <div className="fact">
              <dt>{t('permit.number')}</dt>
              <dd data-testid="verify-number">{permit.number}</dd>
            </div>
            <div className="fact">
              <dt>{t('verify.holder')}</dt>
              <dd data-testid="verify-name">{permit.maskedName}</dd>
            </div>
            <div className="fact">
              <dt>{t('verify.issuedAt')}</dt>
              <dd>{formatDateTime(permit.issuedAt, locale)}</dd>
            </div>
          </dl>
        </Notice>
      )}
      {!resource.isLoading && !permit && (
        <Notice tone="error" testId="verify-not-found">
          {isApiError(resource.error) && resource.error.status === 404
            ? t('verify.notFound')
            : t('verify.failed')}
        </Notice>
      )}
      <p className="muted">{t('verify.note')}</p>
    </div>
  );
}

import { api, call, formatDateTime, Notice, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';

/** The hash chain walked on opening the page: intact with its length, or the first bad row. */
export function ChainStatus() {
  const { t, locale } = useI18n();
  const { data: report, isError: failed } = useQuery({
    queryKey: ['audit', 'verification'],
    queryFn: ({ signal }) => call(api.audit.verification.$get(undefined, { init: { signal } })),
  });
  if (failed) return <Notice tone="error">{t('audit.chain.unavailable')}</Notice>;
  if (!report) return <Notice tone="neutral">{t('audit.chain.checking')}</Notice>;
  const checkedAt = formatDateTime(report.checkedAt, locale);
  if (report.ok) {
    return (
      <Notice tone="success" testId="audit-chain-ok">
        {t('audit.chain.ok', { rows: report.rows, hash: (report.lastHash ?? '').slice(0, 16), checkedAt })}
      </Notice>
    );
  }
  const fault = report.fault;
  return (
    <Notice tone="error" testId="audit-chain-broken">
      {t('audit.chain.broken', {
        seq: fault?.seq ?? 0,
        id: fault?.id ?? 0,
        kind: t(`audit.fault.${fault?.kind ?? 'changed'}`),
        checkedAt,
      })}{' '}
      <span className="mono">{fault?.message}</span>
    </Notice>
  );
}

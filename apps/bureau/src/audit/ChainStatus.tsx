import { apiFetch, formatDateTime, Notice, useI18n } from '@talent/ui';
import { useEffect, useState } from 'react';
import type { AuditVerification } from './types';

/** The hash chain walked on opening the page: intact with its length, or the first bad row. */
export function ChainStatus() {
  const { t, locale } = useI18n();
  const [report, setReport] = useState<AuditVerification | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    apiFetch<AuditVerification>('/api/audit/verification', { signal: controller.signal }).then(
      setReport,
      () => !controller.signal.aborted && setFailed(true),
    );
    return () => controller.abort();
  }, []);
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

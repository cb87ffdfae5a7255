import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { Card } from '../shell/Page';
import { EligibilityTrace, type TraceEvaluation } from './EligibilityTrace';

/**
 * 秒批 (二(一)5 green channel): when the system approved the case, under which policy version, and every
 * rule that passed — the stored evaluation the audit row names, criterion by criterion with its clause.
 */
export function InstantApproval({
  approval,
  evaluation,
  memberNames = [],
}: {
  approval: { at: string; policyVersionId: string | null };
  evaluation: TraceEvaluation;
  memberNames?: readonly string[];
}) {
  const { t, locale } = useI18n();
  return (
    <Card title={t('green.instantTitle')} testId="instant-approval">
      <p>
        {t('green.instantAt', {
          at: formatDateTime(approval.at, locale),
          policy: approval.policyVersionId ?? '—',
        })}
      </p>
      <EligibilityTrace evaluation={evaluation} memberNames={memberNames} testId="instant-approval-rules" />
    </Card>
  );
}

import {
  evaluateSettlement,
  missingDocuments,
  type PolicyVersion,
  settlementFactsOf,
  todayInChina,
} from '@talent/domain';
import { EligibilityTrace, Notice, useI18n } from '@talent/ui';
import { useMemo } from 'react';
import { type DraftValues, lenientDraft } from './draftForm';

/**
 * The live pre-check: the domain's evaluator on the draft as typed, with the policy in force and the
 * graduation date on file — the same function the server runs when the application is submitted.
 */
export function PreCheck({
  values,
  graduationDate,
  policy,
}: {
  values: DraftValues;
  graduationDate: string | null;
  policy: PolicyVersion | undefined;
}) {
  const { t, tKey } = useI18n();
  const draft = lenientDraft(values);
  const evaluation = useMemo(
    () =>
      draft && policy
        ? evaluateSettlement(
            settlementFactsOf({
              draft,
              applicationDate: todayInChina(),
              graduationDate: graduationDate ?? undefined,
            }),
            policy,
          )
        : null,
    [JSON.stringify(draft), graduationDate, policy],
  );
  if (!draft || !evaluation) {
    return (
      <p className="muted" data-testid="precheck-empty">
        {t('apply.precheckEmpty')}
      </p>
    );
  }
  const missing = missingDocuments(draft);
  return (
    <div data-testid="precheck">
      {draft.route === 'graduate' && !graduationDate && (
        <Notice tone="warning" testId="precheck-no-education">
          {t('apply.precheckNoEducation')}
        </Notice>
      )}
      {missing.length > 0 && (
        <p className="precheck-missing" data-testid="precheck-missing">
          {t('apply.stillMissing', {
            documents: missing.map((s) => tKey(`apply.slot.${s}`)).join(t('list.separator')),
          })}
        </p>
      )}
      <EligibilityTrace
        evaluation={evaluation}
        memberNames={draft.members.map((m, i) => m.name || t('apply.member', { n: i + 1 }))}
        testId="precheck-trace"
      />
    </div>
  );
}

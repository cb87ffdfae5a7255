import { previewSubsidyClaim } from '@talent/domain';
import {
  AwardSummary,
  api,
  Card,
  call,
  EligibilityTrace,
  FormError,
  Notice,
  PageHeader,
  SubmitButton,
  type TraceEvaluation,
  useFormSubmit,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { claimKey, eligibilityQuery } from '../queries';
import { BankFields, useBankForm } from './BankFields';

/**
 * The claim: the social-security card's bank and account, beside the live preview of the award the
 * domain calculator gives under the policy in force today (the function the server runs too), each
 * condition with its clause. Submitted once: one Idempotency-Key per visit, and the button waits.
 */
export function ClaimFormPage() {
  const { t, tKey } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const eligibility = useQuery(eligibilityQuery);
  const idempotencyKey = useRef(crypto.randomUUID());
  const form = useBankForm();
  const e = eligibility.data;
  const preview = useMemo(() => (e?.facts ? previewSubsidyClaim(e.facts, e.policy) : null), [e]);
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    const { item } = await call(
      api['subsidy-claims'].$post({ json: values, header: { 'idempotency-key': idempotencyKey.current } }),
    );
    navigate(`/subsidy/claims/${item.id}`);
    // the claim page shows the claim as created, without loading it again
    queryClient.setQueryData(claimKey(item.id), item);
  });
  if (!e) return eligibility.error ? <FormError error={eligibility.error} /> : <p className="muted">…</p>;
  return (
    <div className="page page-narrow" data-testid="claim-form-page">
      <PageHeader title={t('subsidy.claim.title')} />
      {e.existingClaim && (
        <Notice tone="info" testId="existing-claim">
          <Link to={`/subsidy/claims/${e.existingClaim.id}`}>
            {e.existingClaim.number} · {tKey(`state.${e.existingClaim.state}`)} — {t('subsidy.home.existing')}
          </Link>
        </Notice>
      )}
      {e.blocks.length > 0 && (
        <Notice tone="warning" testId="claim-blocked">
          <p>{t('subsidy.home.notYet')}</p>
          <ul>
            {e.blocks.map((b) => (
              <li key={b.code}>
                {tKey(b.code)} <span className="muted">({b.clause})</span>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {preview && (
        <Card title={t('subsidy.claim.preview')} testId="claim-preview">
          <AwardSummary award={preview.award} estimate testId="preview-award" />
        </Card>
      )}
      {preview && (
        <Card title={t('subsidy.claim.conditions')} testId="claim-conditions">
          <EligibilityTrace evaluation={preview.evaluation as unknown as TraceEvaluation} />
        </Card>
      )}
      {e.canClaim && (
        <Card>
          <form onSubmit={onSubmit} noValidate className="form" data-testid="claim-form">
            <p>{t('subsidy.claim.intro')}</p>
            <BankFields form={form} />
            <FormError error={error} />
            <SubmitButton pending={pending} testId="claim-submit">
              {t('subsidy.claim.submit')}
            </SubmitButton>
          </form>
        </Card>
      )}
    </div>
  );
}

import { previewSubsidyClaim } from '@talent/domain';
import {
  AwardSummary,
  apiFetch,
  Card,
  EligibilityTrace,
  FormError,
  Notice,
  PageHeader,
  SubmitButton,
  type TraceEvaluation,
  useApi,
  useFormSubmit,
  useI18n,
} from '@talent/ui';
import { useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ClaimView, SubsidyEligibility } from '../apiTypes';
import { BankFields, useBankForm } from './BankFields';

/**
 * The claim: the social-security card's bank and account, beside the live preview of the award the
 * domain calculator gives under the policy in force today (the function the server runs too), each
 * condition with its clause. Submitted once: one Idempotency-Key per visit, and the button waits.
 */
export function ClaimFormPage() {
  const { t, tKey } = useI18n();
  const navigate = useNavigate();
  const eligibility = useApi<SubsidyEligibility>('/api/subsidy-claims/eligibility');
  const idempotencyKey = useRef(crypto.randomUUID());
  const form = useBankForm();
  const e = eligibility.data;
  const preview = useMemo(() => (e?.facts ? previewSubsidyClaim(e.facts, e.policy) : null), [e]);
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    const { item } = await apiFetch<{ item: ClaimView }>('/api/subsidy-claims', {
      method: 'POST',
      body: values,
      headers: { 'Idempotency-Key': idempotencyKey.current },
    });
    navigate(`/subsidy/claims/${item.id}`);
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

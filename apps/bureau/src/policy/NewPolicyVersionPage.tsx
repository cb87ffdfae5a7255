import {
  addDays,
  type PolicyVersion,
  parseYuan,
  policyVersionSchema,
  type Tier,
  tiers,
  todayInChina,
  yuanText,
} from '@talent/domain';
import {
  api,
  Card,
  ConfirmDialog,
  call,
  FormError,
  formatDate,
  LoadingScreen,
  PageHeader,
  SubmitButton,
  TextField,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import '../statistics/aftercare.css';
import { policyVersionsQuery } from './types';

// The form speaks yuan and whole numbers; the version speaks fen. Two decimals at most, never a float in fen.
const yuan = z
  .string()
  .trim()
  .refine((v) => parseYuan(v) !== null, 'policy.invalidNumber');
const whole = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'policy.invalidNumber');
const tierForm = z.object({
  settlingInYuan: yuan,
  parts: whole,
  monthlyYuan: yuan,
  months: whole,
  ageLimit: z
    .string()
    .trim()
    .regex(/^(\d{2,3})?$/, 'policy.invalidNumber'),
  commitment: whole,
});
const formSchema = z.object({
  id: z.string().trim().min(1, 'validation.required'),
  title: z.string().trim().min(1, 'validation.required'),
  effectiveFrom: z.string().trim().min(1, 'validation.required'),
  noticeDays: whole,
  minMonths: whole,
  tiers: z.object(Object.fromEntries(tiers.map((t) => [t, tierForm])) as Record<Tier, typeof tierForm>),
});
type FormValues = z.input<typeof formSchema>;
type Parsed = z.output<typeof formSchema>;

const toFen = (text: string) => parseYuan(text) ?? 0;
/** 3000000 → '30000', 333333 → '3333.33': what a person types. */
const toYuan = (fen: number) => yuanText(fen).replace(/\.00$/, '');

/** Pre-filled from `policy`, taking effect on the first 1 January after every version already set. */
function formFrom(policy: PolicyVersion, latestEffective: string): FormValues {
  const year = Math.max(Number(todayInChina().slice(0, 4)), Number(latestEffective.slice(0, 4))) + 1;
  return {
    id: `${policy.id}-${year}`,
    title: `${year}年参数`,
    effectiveFrom: `${year}-01-01`,
    noticeDays: String(policy.publicNoticeWorkingDays.value),
    minMonths: String(policy.commonConditions.minSocialInsuranceMonths.value),
    tiers: Object.fromEntries(
      tiers.map((tier) => {
        const p = policy.tiers[tier];
        return [
          tier,
          {
            settlingInYuan: toYuan(p.settlingInAllowance.value.totalFen),
            parts: String(p.settlingInAllowance.value.parts),
            monthlyYuan: toYuan(p.livingAllowance.value.monthlyFen),
            months: String(p.livingAllowance.value.months),
            ageLimit: p.ageLimit.value === null ? '' : String(p.ageLimit.value),
            commitment: String(p.serviceCommitmentMonths.value),
          },
        ];
      }),
    ) as FormValues['tiers'],
  };
}

/** The edited figures on top of the base version: every clause is kept, only values change. */
function versionFrom(base: PolicyVersion, v: Parsed): PolicyVersion {
  const tierPolicies = Object.fromEntries(
    tiers.map((tier) => {
      const p = base.tiers[tier];
      const f = v.tiers[tier];
      return [
        tier,
        {
          settlingInAllowance: {
            ...p.settlingInAllowance,
            value: { totalFen: toFen(f.settlingInYuan), parts: Number(f.parts) },
          },
          livingAllowance: {
            ...p.livingAllowance,
            value: { monthlyFen: toFen(f.monthlyYuan), months: Number(f.months) },
          },
          ageLimit: { ...p.ageLimit, value: f.ageLimit === '' ? null : Number(f.ageLimit) },
          serviceCommitmentMonths: { ...p.serviceCommitmentMonths, value: Number(f.commitment) },
        },
      ];
    }),
  ) as PolicyVersion['tiers'];
  return {
    ...base,
    id: v.id,
    title: v.title,
    effectiveFrom: v.effectiveFrom,
    publicNoticeWorkingDays: { ...base.publicNoticeWorkingDays, value: Number(v.noticeDays) },
    commonConditions: {
      ...base.commonConditions,
      minSocialInsuranceMonths: {
        ...base.commonConditions.minSocialInsuranceMonths,
        value: Number(v.minMonths),
      },
    },
    tiers: tierPolicies,
  };
}

/**
 * A new version of the parameters, pre-filled from the one in force: amounts in yuan (stored as fen),
 * checked by the domain's policy schema before it is sent, and saved only after a confirmation that
 * states the day it takes effect.
 */
export function NewPolicyVersionPage() {
  const { t } = useI18n();
  const versions = useQuery(policyVersionsQuery).data?.items;
  const base = versions?.find((v) => v.status === 'in_force');
  if (!versions || !base) return <LoadingScreen />;
  return (
    <div className="page">
      <PageHeader title={t('policy.newTitle')} />
      <p className="muted">{t('policy.newIntro')}</p>
      <PolicyForm base={base.policy} latestEffective={versions.at(-1)?.effectiveFrom ?? base.effectiveFrom} />
    </div>
  );
}

function PolicyForm({ base, latestEffective }: { base: PolicyVersion; latestEffective: string }) {
  const { t, tKey, locale } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useZodForm(formSchema, { defaultValues: formFrom(base, latestEffective) });
  const [pendingVersion, setPendingVersion] = useState<PolicyVersion | null>(null);
  const [schemaError, setSchemaError] = useState<string | null>(null);
  const { onSubmit, pending, error } = useFormSubmit(form, (values) => {
    const version = versionFrom(base, values);
    const checked = policyVersionSchema.safeParse(version);
    if (!checked.success) {
      setSchemaError(checked.error.issues.map((i) => `${i.path.join('.')}: ${tKey(i.message)}`).join(';'));
      return;
    }
    setSchemaError(null);
    setPendingVersion(checked.data);
  });
  const save = async () => {
    if (!pendingVersion) return;
    const { item } = await call(api.policy.versions.$post({ json: pendingVersion }));
    setPendingVersion(null);
    await queryClient.invalidateQueries({ queryKey: policyVersionsQuery.queryKey });
    await navigate(`/policy?v=${encodeURIComponent(item.key)}`);
  };
  const field = (tier: Tier, name: keyof FormValues['tiers'][Tier]) => (
    <td>
      <input
        className="input input-small policy-tier-input"
        inputMode="decimal"
        aria-label={`${tKey(`tier.${tier}`)} ${name}`}
        data-testid={`tier-${tier}-${name}`}
        aria-invalid={form.formState.errors.tiers?.[tier]?.[name] ? true : undefined}
        {...form.register(`tiers.${tier}.${name}`)}
      />
    </td>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form" data-testid="policy-form">
      <Card>
        <div className="policy-form-grid">
          <TextField form={form} name="title" label={t('policy.versionTitle')} required />
          <TextField form={form} name="id" label={t('policy.versionId')} required />
          <TextField
            form={form}
            name="effectiveFrom"
            type="date"
            label={t('policy.effectiveFrom')}
            hint={formatDate(addDays(todayInChina(), 1), locale)}
            required
          />
          <TextField
            form={form}
            name="noticeDays"
            inputMode="numeric"
            label={t('policy.noticeDays')}
            required
          />
          <TextField
            form={form}
            name="minMonths"
            inputMode="numeric"
            label={t('policy.minMonths')}
            required
          />
        </div>
      </Card>
      <Card title={t('policy.tiers')}>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('policy.tier')}</th>
                <th>{t('policy.settlingIn')}</th>
                <th>{t('policy.parts')}</th>
                <th>{t('policy.monthly')}</th>
                <th>{t('policy.livingMonths')}</th>
                <th>
                  {t('policy.ageLimit')}({t('policy.noLimit')} = 空)
                </th>
                <th>{t('policy.commitment')}</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier) => (
                <tr key={tier}>
                  <th scope="row">{tKey(`tier.${tier}`)}</th>
                  {field(tier, 'settlingInYuan')}
                  {field(tier, 'parts')}
                  {field(tier, 'monthlyYuan')}
                  {field(tier, 'months')}
                  {field(tier, 'ageLimit')}
                  {field(tier, 'commitment')}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {form.formState.errors.tiers && <p className="field-error">{t('policy.invalidNumber')}</p>}
      </Card>
      {schemaError && (
        <p className="field-error" data-testid="policy-schema-error">
          {schemaError}
        </p>
      )}
      <FormError error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => navigate('/policy')}>
          {t('policy.cancel')}
        </button>
        <SubmitButton pending={pending} testId="policy-save">
          {t('policy.save')}
        </SubmitButton>
      </div>
      <ConfirmDialog
        open={pendingVersion !== null}
        title={t('policy.saveConfirmTitle')}
        message={
          pendingVersion
            ? t('policy.saveConfirm', {
                title: pendingVersion.title,
                date: formatDate(pendingVersion.effectiveFrom, locale),
              })
            : ''
        }
        confirmLabel={t('policy.save')}
        onConfirm={save}
        onCancel={() => setPendingVersion(null)}
        testId="policy-confirm"
      />
    </form>
  );
}

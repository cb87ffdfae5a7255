import { socialSecurityCardBanks, subsidyClaimInputSchema } from '@talent/domain';
import { TextField, useI18n, useZodForm } from '@talent/ui';

/** The claim form, checked live with the domain's schema (the server parses the same). */
export function useBankForm(bankName = '') {
  return useZodForm(subsidyClaimInputSchema, {
    mode: 'onChange',
    defaultValues: { bankName, bankAccount: '' },
  });
}

/** The social-security card's bank (a common one picked with a tap, or typed) and account number. */
export function BankFields({ form }: { form: ReturnType<typeof useBankForm> }) {
  const { t } = useI18n();
  const chosen = form.watch('bankName');
  return (
    <>
      <TextField
        form={form}
        name="bankName"
        label={t('subsidy.claim.bankName')}
        hint={t('subsidy.claim.bankHint')}
        maxLength={40}
        required
      />
      <fieldset className="chips" aria-label={t('subsidy.claim.bankName')}>
        {socialSecurityCardBanks.map((bank) => (
          <button
            key={bank}
            type="button"
            className={`chip${chosen === bank ? ' chip-selected' : ''}`}
            aria-pressed={chosen === bank}
            onClick={() => form.setValue('bankName', bank, { shouldValidate: true, shouldDirty: true })}
          >
            {bank}
          </button>
        ))}
      </fieldset>
      <TextField
        form={form}
        name="bankAccount"
        label={t('subsidy.claim.bankAccount')}
        hint={t('subsidy.claim.accountHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={32}
        required
      />
    </>
  );
}

import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError } from '../api/apiFetch';
import { api, call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { FormError, useCountdown, useRetryAfter } from './FormError';
import { TextField } from './fields';

/** Seconds before another code may be asked for; the API's own limit is one a minute per mobile. */
const RESEND_SECONDS = 60;

export type SmsCodeFieldProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  /** The form's `code` field. */
  name: Path<T>;
  /** The form's mobile field, checked before a code is asked for. */
  mobileName: Path<T>;
  purpose: 'sign_up' | 'password_reset';
  kind: 'applicant' | 'employer';
};

/**
 * The 6-digit code field with "获取验证码": asks `POST /api/auth/codes` for the mobile typed above,
 * then counts down before a resend (longer when the API says to wait).
 */
export function SmsCodeField<T extends FieldValues>({
  form,
  name,
  mobileName,
  purpose,
  kind,
}: SmsCodeFieldProps<T>) {
  const { t } = useI18n();
  const [sent, setSent] = useState<{ at: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const cooldown = useCountdown(sent ? sent.at + RESEND_SECONDS * 1000 : 0);
  const waitFromApi = useRetryAfter(error);
  const wait = Math.max(cooldown, waitFromApi);

  async function send() {
    if (!(await form.trigger(mobileName))) return;
    setPending(true);
    setError(null);
    try {
      await call(api.auth.codes.$post({ json: { purpose, kind, mobile: form.getValues(mobileName) } }));
      setSent({ at: Date.now() });
    } catch (e) {
      setSent(null);
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <TextField
        form={form}
        name={name}
        label={t('smsCode.label')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        adornment={
          <button
            type="button"
            className="button button-secondary field-adornment-button"
            data-testid="send-code"
            disabled={pending || wait > 0}
            onClick={() => void send()}
          >
            {wait > 0 ? t('smsCode.resendIn', { seconds: wait }) : t('smsCode.send')}
          </button>
        }
      />
      {sent && !error && (
        <p className="field-hint" role="status" data-testid="code-sent">
          {t('smsCode.sent')}
        </p>
      )}
      {isApiError(error) && <FormError error={error} testId="code-error" />}
    </>
  );
}

import { passwordResetSchema } from '@talent/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { api, call } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { FormError } from '../forms/FormError';
import { NewPasswordFields, SubmitButton, TextField } from '../forms/fields';
import { SmsCodeField } from '../forms/SmsCodeField';
import { useFormSubmit } from '../forms/useFormSubmit';
import { useZodForm } from '../forms/useZodForm';
import { useT } from '../i18n/I18nProvider';
import { Notice } from '../shell/Notice';
import { usePageTitle } from '../shell/Page';

const forgotFormSchema = passwordResetSchema
  .safeExtend({ confirm: z.string() })
  .refine((v) => v.confirm === v.password, { message: 'validation.password.mismatch', path: ['confirm'] });

/**
 * A forgotten password, replaced with a code sent by SMS to the account's mobile (applicants and
 * employers; the portal's account kind from <AuthProvider kind>). Every device is signed out.
 */
export function ForgotPasswordPage({ signInPath = '/sign-in' }: { signInPath?: string }) {
  const t = useT();
  const auth = useAuth();
  const kind = auth.kind === 'employer' ? 'employer' : 'applicant';
  const [done, setDone] = useState(false);
  const form = useZodForm(forgotFormSchema, {
    defaultValues: { kind, mobile: '', code: '', password: '', confirm: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(form, async ({ mobile, code, password }) => {
    await call(api.auth['password-reset'].$post({ json: { kind, mobile, code, password } }));
    setDone(true);
  });
  usePageTitle(t('forgot.title'));

  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="forgot-title">
        <h1 id="forgot-title" className="auth-title">
          {t('forgot.title')}
          <span className="auth-subtitle">{t(`portal.${auth.kind}`)}</span>
        </h1>
        {done ? (
          <Notice tone="success" testId="password-reset-done">
            {t('forgot.done')}
          </Notice>
        ) : (
          <form onSubmit={onSubmit} noValidate className="form" data-testid="forgot-password-form">
            <p className="field-hint">{t('forgot.intro')}</p>
            <TextField
              form={form}
              name="mobile"
              label={t('signIn.mobile')}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              autoFocus
              required
            />
            <SmsCodeField form={form} name="code" mobileName="mobile" purpose="password_reset" kind={kind} />
            <NewPasswordFields
              form={form}
              name="password"
              label={t('forgot.newPassword')}
              confirmLabel={t('signUp.confirm')}
            />
            <FormError error={error} />
            <SubmitButton pending={pending} testId="password-reset-submit" className="button-block">
              {t('forgot.submit')}
            </SubmitButton>
          </form>
        )}
        <p className="auth-alt">
          <Link to={signInPath}>{t('forgot.toSignIn')}</Link>
        </p>
      </section>
    </div>
  );
}

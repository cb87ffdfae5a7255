import { changePasswordSchema } from '@talent/domain';
import { useState } from 'react';
import { z } from 'zod';
import { isApiError } from '../api/apiFetch';
import { api, call } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { FormError } from '../forms/FormError';
import { NewPasswordFields, PasswordField, SubmitButton } from '../forms/fields';
import { useFormSubmit } from '../forms/useFormSubmit';
import { useZodForm } from '../forms/useZodForm';
import { useT } from '../i18n/I18nProvider';
import { Notice } from '../shell/Notice';
import { Card, PageHeader } from '../shell/Page';

/** The domain's rule plus the form-only "type it twice" check. */
export const changePasswordFormSchema = changePasswordSchema
  .safeExtend({ confirm: z.string() })
  .refine((v) => v.confirm === v.newPassword, { message: 'validation.password.mismatch', path: ['confirm'] });

/**
 * Change password for any kind of account (`POST /api/me/password`). `mustChange`: shown in place of
 * the portal after an admin set a temporary password; the user is reloaded once it is changed.
 */
export function ChangePasswordPage({ mustChange = false }: { mustChange?: boolean }) {
  const t = useT();
  const auth = useAuth();
  const [done, setDone] = useState(false);
  const form = useZodForm(changePasswordFormSchema, {
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(
    form,
    async ({ currentPassword, newPassword }) => {
      setDone(false);
      await call(api.me.password.$post({ json: { currentPassword, newPassword } }));
      form.reset();
      setDone(true);
      if (mustChange) await auth.refresh();
    },
    {
      onError: (e) => {
        if (!isApiError(e) || e.code !== 'invalid_credentials') return false;
        form.setError(
          'currentPassword',
          { type: 'server', message: 'password.currentWrong' },
          { shouldFocus: true },
        );
        return true;
      },
    },
  );
  return (
    <div className="page page-narrow">
      <PageHeader title={t('password.title')} />
      {mustChange && (
        <Notice tone="warning" testId="must-change-password">
          {t('password.mustChange')}
        </Notice>
      )}
      <Card>
        <form onSubmit={onSubmit} noValidate className="form" data-testid="change-password-form">
          <PasswordField
            form={form}
            name="currentPassword"
            label={t('password.current')}
            autoComplete="current-password"
            required
          />
          <NewPasswordFields
            form={form}
            name="newPassword"
            label={t('password.new')}
            confirmLabel={t('password.confirm')}
          />
          <FormError error={error} />
          {done && (
            <Notice tone="success" testId="password-changed">
              {t('password.changed')}
            </Notice>
          )}
          <SubmitButton pending={pending} testId="change-password-submit">
            {t('password.submit')}
          </SubmitButton>
        </form>
      </Card>
    </div>
  );
}

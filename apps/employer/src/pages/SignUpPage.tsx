import { parseUscc, verifiedEmployerSignUpSchema } from '@talent/domain';
import {
  api,
  call,
  FormError,
  NewPasswordFields,
  Notice,
  SmsCodeField,
  SubmitButton,
  TextField,
  useAuth,
  useFormSubmit,
  usePageTitle,
  useT,
  useZodForm,
} from '@talent/ui';
import { Link, Navigate } from 'react-router';
import { z } from 'zod';

/** The domain's registration rules (with the SMS code) plus the form-only "type the password twice". */
const signUpFormSchema = verifiedEmployerSignUpSchema
  .extend({ confirm: z.string() })
  .refine((v) => v.confirm === v.password, { message: 'validation.password.mismatch', path: ['confirm'] });

/**
 * Registers an organisation and its first admin (who signs in with the contact mobile). The credit code
 * is checked as it is typed; a wrong check character is only a notice, since the bureau confirms such
 * codes by hand (domain `parseUscc`).
 */
export function SignUpPage() {
  const t = useT();
  const auth = useAuth();
  const form = useZodForm(signUpFormSchema, {
    mode: 'onChange',
    defaultValues: {
      uscc: '',
      orgName: '',
      contactName: '',
      contactMobile: '',
      code: '',
      password: '',
      confirm: '',
    },
  });
  const uscc = form.watch('uscc') ?? '';
  const parsed = uscc.trim() === '' ? null : parseUscc(uscc);
  const checksumWarning = parsed?.ok === true && parsed.warnings.includes('uscc.checksum_mismatch');

  const { onSubmit, pending, error } = useFormSubmit(form, async ({ confirm: _confirm, ...body }) => {
    const { user } = await call(api.auth['sign-up'].employer.$post({ json: body }));
    auth.setUser(user);
  });
  usePageTitle(t('signUp.employerTitle'));

  if (auth.user?.kind === 'employer') return <Navigate to="/" replace />;
  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-up-title">
        <h1 id="sign-up-title" className="auth-title">
          {t('signUp.employerTitle')}
          <span className="auth-subtitle">{t('portal.employer')}</span>
        </h1>
        <form onSubmit={onSubmit} noValidate className="form" data-testid="sign-up-form">
          <TextField
            form={form}
            name="uscc"
            label={t('signUp.uscc')}
            hint={t('signUp.usccHint')}
            autoComplete="off"
            maxLength={18}
            autoFocus
            required
          />
          {checksumWarning && (
            <Notice tone="warning" testId="uscc-warning">
              {t('uscc.checksum_mismatch')}
            </Notice>
          )}
          <TextField
            form={form}
            name="orgName"
            label={t('signUp.orgName')}
            autoComplete="organization"
            required
          />
          <TextField
            form={form}
            name="contactName"
            label={t('signUp.contactName')}
            autoComplete="name"
            required
          />
          <TextField
            form={form}
            name="contactMobile"
            label={t('signUp.contactMobile')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
          />
          <SmsCodeField
            form={form}
            name="code"
            mobileName="contactMobile"
            purpose="sign_up"
            kind="employer"
          />
          <NewPasswordFields
            form={form}
            name="password"
            label={t('signUp.password')}
            confirmLabel={t('signUp.confirm')}
          />
          <Notice tone="info">{t('signUp.employerNote')}</Notice>
          <FormError error={error} />
          <SubmitButton pending={pending} testId="sign-up-submit" className="button-block">
            {t('signUp.submit')}
          </SubmitButton>
        </form>
        <p className="auth-alt">
          {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.toSignIn')}</Link>
        </p>
      </section>
    </div>
  );
}

import { verifiedApplicantSignUpSchema } from '@talent/domain';
import {
  api,
  call,
  FormError,
  isApiError,
  NewPasswordFields,
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

/** The domain's sign-up rules (with the SMS code) plus the form-only "type the password twice". */
const signUpFormSchema = verifiedApplicantSignUpSchema
  .extend({ confirm: z.string() })
  .refine((v) => v.confirm === v.password, { message: 'validation.password.mismatch', path: ['confirm'] });

/** Applicant registration; the API signs the new account in. */
export function SignUpPage() {
  const t = useT();
  const auth = useAuth();
  const form = useZodForm(signUpFormSchema, {
    defaultValues: { mobile: '', code: '', name: '', password: '', confirm: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(
    form,
    async ({ mobile, code, name, password }) => {
      const { user } = await call(
        api.auth['sign-up'].applicant.$post({ json: { mobile, code, name, password } }),
      );
      auth.setUser(user);
    },
    {
      // 409: the mobile number is registered already; say so at the field (the API's wording)
      onError: (e) => {
        if (!isApiError(e) || e.code !== 'conflict') return false;
        form.setError('mobile', { type: 'server', message: e.message }, { shouldFocus: true });
        return true;
      },
    },
  );
  usePageTitle(t('signUp.title'));

  if (auth.user?.kind === 'applicant') return <Navigate to="/" replace />;
  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-up-title">
        <h1 id="sign-up-title" className="auth-title">
          {t('signUp.title')}
          <span className="auth-subtitle">{t('portal.applicant')}</span>
        </h1>
        <form onSubmit={onSubmit} noValidate className="form" data-testid="sign-up-form">
          <TextField
            form={form}
            name="mobile"
            label={t('signUp.mobile')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            autoFocus
            required
          />
          <SmsCodeField form={form} name="code" mobileName="mobile" purpose="sign_up" kind="applicant" />
          <TextField form={form} name="name" label={t('signUp.name')} autoComplete="name" required />
          <NewPasswordFields
            form={form}
            name="password"
            label={t('signUp.password')}
            confirmLabel={t('signUp.confirm')}
          />
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

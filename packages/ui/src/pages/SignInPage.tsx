import { signInSchema } from '@talent/domain';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { safeNextPath } from '../auth/access';
import { LoadingScreen } from '../auth/RequireAuth';
import { FormError, useRetryAfter } from '../forms/FormError';
import { PasswordField, SubmitButton, TextField } from '../forms/fields';
import { useFormSubmit } from '../forms/useFormSubmit';
import { useZodForm } from '../forms/useZodForm';
import { useT } from '../i18n/I18nProvider';
import { usePageTitle } from '../shell/Page';

export type SignInPageProps = {
  /** Where "sign up" links to; no link when left out (bureau accounts are opened by an admin). */
  signUpPath?: string;
  /** Where "forgot the password" links to; bureau staff are told to ask an admin instead. */
  forgotPasswordPath?: string;
};

/**
 * Sign-in for the portal's account kind (taken from <AuthProvider kind>): mobile number for applicants
 * and employers, username for the bureau. Shows field errors, the wrong-credentials message and the
 * wait of a 429; afterwards goes to `?next=` or home.
 */
export function SignInPage({ signUpPath, forgotPasswordPath }: SignInPageProps) {
  const t = useT();
  const auth = useAuth();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const form = useZodForm(signInSchema, { defaultValues: { kind: auth.kind, login: '', password: '' } });
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    await auth.signIn({ login: values.login, password: values.password });
  });
  const retryIn = useRetryAfter(error);
  usePageTitle(t('signIn.title'));

  // wait for /api/me: someone already signed in goes straight on instead of seeing the form flash
  if (auth.status === 'loading') return <LoadingScreen />;
  if (auth.user !== null && auth.user.kind === auth.kind) return <Navigate to={next} replace />;

  const isBureau = auth.kind === 'bureau';
  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title" className="auth-title">
          {t('signIn.title')}
          <span className="auth-subtitle">{t(`portal.${auth.kind}`)}</span>
        </h1>
        <form onSubmit={onSubmit} noValidate data-testid="sign-in-form" className="form">
          <TextField
            form={form}
            name="login"
            label={isBureau ? t('signIn.username') : t('signIn.mobile')}
            autoComplete="username"
            inputMode={isBureau ? 'text' : 'tel'}
            autoFocus
            required
          />
          <PasswordField
            form={form}
            name="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            required
          />
          <FormError error={error} />
          <SubmitButton
            pending={pending}
            disabled={retryIn > 0}
            testId="sign-in-submit"
            className="button-block"
          >
            {retryIn > 0 ? t('signIn.waitMinutes', { minutes: Math.ceil(retryIn / 60) }) : t('signIn.submit')}
          </SubmitButton>
        </form>
        {forgotPasswordPath ? (
          <p className="auth-alt">
            <Link to={forgotPasswordPath} data-testid="forgot-password">
              {t('signIn.forgot')}
            </Link>
          </p>
        ) : (
          isBureau && <p className="auth-alt">{t('signIn.bureauForgot')}</p>
        )}
        {signUpPath ? (
          <p className="auth-alt">
            {t('signIn.noAccount')} <Link to={signUpPath}>{t('signIn.toSignUp')}</Link>
          </p>
        ) : (
          isBureau && <p className="auth-alt">{t('signIn.bureauHint')}</p>
        )}
      </section>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { SIGN_IN_PATH } from '../auth/access';
import { ConfirmDialog } from '../dialog/ConfirmDialog';
import { useT } from '../i18n/I18nProvider';

/** Signs out after a confirmation, then goes to the sign-in page. */
export function SignOutButton({ className }: { className?: string }) {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={['button', 'button-quiet', className].filter(Boolean).join(' ')}
        onClick={() => setOpen(true)}
        data-testid="sign-out"
      >
        {t('session.signOut')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('session.signOutConfirmTitle')}
        message={t('session.signOutConfirm')}
        confirmLabel={t('session.signOut')}
        testId="sign-out-dialog"
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          await auth.signOut();
          setOpen(false);
          navigate(SIGN_IN_PATH, { replace: true });
        }}
      />
    </>
  );
}

import { api, ConfirmDialog, call, useI18n } from '@talent/ui';
import { useState } from 'react';
import type { StaffItem } from '../apiTypes';

/**
 * The admin's way back for a staff member: "解除锁定" lifts every sign-in delay of the account,
 * "重置密码" gives it a temporary password, shown once, to be changed at the next sign-in. Each
 * behind a confirmation; both audited by the API.
 */
export function StaffRecoveryActions({
  staff,
  onDone,
}: {
  staff: StaffItem;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const [action, setAction] = useState<'unlock' | 'reset' | null>(null);
  const param = { id: staff.id };
  const names = { name: staff.name, username: staff.username };

  const confirm = async () => {
    if (action === 'unlock') {
      await call(api.bureau.staff[':id'].unlock.$post({ param }));
      onDone(t('staff.unlockedDone', { name: staff.name }));
    } else {
      const { temporaryPassword } = await call(api.bureau.staff[':id']['password-reset'].$post({ param }));
      onDone(`${t('staff.temporaryPassword', { name: staff.name })} ${temporaryPassword}`);
    }
    setAction(null);
  };

  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={() => setAction('unlock')}
        data-testid={`unlock-${staff.username}`}
      >
        {t('staff.unlock')}
        <span className="visually-hidden"> {staff.name}</span>
      </button>
      <button
        type="button"
        className="button button-small button-danger-quiet"
        onClick={() => setAction('reset')}
        data-testid={`reset-password-${staff.username}`}
      >
        {t('staff.resetPassword')}
        <span className="visually-hidden"> {staff.name}</span>
      </button>
      <ConfirmDialog
        open={action !== null}
        title={action === 'unlock' ? t('staff.unlockTitle') : t('staff.resetPasswordTitle')}
        message={t(action === 'unlock' ? 'staff.unlockConfirm' : 'staff.resetPasswordConfirm', names)}
        confirmLabel={action === 'unlock' ? t('staff.unlock') : t('staff.resetPassword')}
        tone={action === 'unlock' ? 'primary' : 'danger'}
        onConfirm={confirm}
        onCancel={() => setAction(null)}
        testId="staff-recovery-dialog"
      />
    </>
  );
}

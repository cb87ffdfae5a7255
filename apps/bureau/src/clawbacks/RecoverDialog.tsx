import { clawbackRecoverSchema, todayInChina } from '@talent/domain';
import { Dialog, DialogFormActions, TextField, useFormSubmit, useI18n, useZodForm } from '@talent/ui';

const recoverForm = clawbackRecoverSchema.pick({ recoveredOn: true });

/** Finance records the day the repayment reached the account. */
export function RecoverDialog({
  title,
  onSubmit,
  onClose,
}: {
  title: string;
  onSubmit: (recoveredOn: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useZodForm(recoverForm, { defaultValues: { recoveredOn: todayInChina() } });
  const {
    onSubmit: submit,
    pending,
    error,
  } = useFormSubmit(form, ({ recoveredOn }) => onSubmit(recoveredOn));
  return (
    <Dialog open title={title} onClose={onClose} dismissible={!pending} testId="recover-dialog" size="small">
      <form onSubmit={submit} noValidate className="form">
        <TextField
          form={form}
          name="recoveredOn"
          type="date"
          label={t('clawbacks.recoveredOn')}
          hint={t('clawbacks.recoverHint')}
          required
        />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('clawbacks.recover')}
          submitTestId="recover-dialog-submit"
        />
      </form>
    </Dialog>
  );
}

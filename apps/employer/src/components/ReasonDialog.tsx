import { employerDeclineSchema } from '@talent/domain';
import { Dialog, FormError, SubmitButton, TextField, useFormSubmit, useT, useZodForm } from '@talent/ui';
import type { ReactNode } from 'react';

const reasonSchema = employerDeclineSchema.pick({ reason: true });

/** Declining always gives a reason the graduate reads (the domain's rule, checked here and by the API). */
export function ReasonDialog({
  title,
  summary,
  submitLabel,
  onSubmit,
  onClose,
  testId,
}: {
  title: string;
  summary: ReactNode;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
  testId: string;
}) {
  const t = useT();
  const form = useZodForm(reasonSchema, { defaultValues: { reason: '' } });
  const { onSubmit: submit, pending, error } = useFormSubmit(form, ({ reason }) => onSubmit(reason));
  return (
    <Dialog open title={title} onClose={onClose} dismissible={!pending} testId={testId}>
      <form onSubmit={submit} noValidate className="form">
        <div className="dialog-summary">{summary}</div>
        <TextField
          form={form}
          name="reason"
          label={t('employer.reason')}
          hint={t('employer.reasonHint')}
          autoComplete="off"
          autoFocus
          required
        />
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            {t('action.cancel')}
          </button>
          <SubmitButton pending={pending} testId={`${testId}-submit`}>
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}

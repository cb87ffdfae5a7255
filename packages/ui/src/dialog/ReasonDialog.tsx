import { decisionReasonSchema } from '@talent/domain';
import type { ReactNode } from 'react';
import { TextField } from '../forms/fields';
import { useFormSubmit } from '../forms/useFormSubmit';
import { useZodForm } from '../forms/useZodForm';
import { useT } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';
import { DialogFormActions } from './DialogFormActions';

/**
 * A decision that needs a reason the other side reads and acts on (returning or rejecting a case,
 * rejecting an organisation, declining a graduate): the domain's rule, checked here and again by the API.
 */
export function ReasonDialog({
  title,
  hint,
  summary,
  submitLabel,
  onSubmit,
  onClose,
  testId,
}: {
  title: string;
  hint: string;
  summary?: ReactNode;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
  testId: string;
}) {
  const t = useT();
  const form = useZodForm(decisionReasonSchema, { defaultValues: { reason: '' } });
  const { onSubmit: submit, pending, error } = useFormSubmit(form, ({ reason }) => onSubmit(reason));
  return (
    <Dialog open title={title} onClose={onClose} dismissible={!pending} testId={testId}>
      <form onSubmit={submit} noValidate className="form">
        {summary && <div className="dialog-summary">{summary}</div>}
        <TextField
          form={form}
          name="reason"
          label={t('dialog.reason')}
          hint={hint}
          autoComplete="off"
          autoFocus
          required
        />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={submitLabel}
          submitTestId={`${testId}-submit`}
        />
      </form>
    </Dialog>
  );
}

import type { ReactNode } from 'react';
import { FormError } from '../forms/FormError';
import { SubmitButton } from '../forms/fields';
import { useT } from '../i18n/I18nProvider';

/**
 * The foot of a form in a dialog: the form's error, then cancel (held while the form sends, so a
 * closing dialog cannot lose an answer) and the submit button.
 */
export function DialogFormActions({
  error,
  pending,
  onCancel,
  submitLabel,
  submitTestId,
}: {
  error: unknown;
  pending: boolean;
  onCancel: () => void;
  submitLabel: ReactNode;
  submitTestId: string;
}) {
  const t = useT();
  return (
    <>
      <FormError error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          {t('action.cancel')}
        </button>
        <SubmitButton pending={pending} testId={submitTestId}>
          {submitLabel}
        </SubmitButton>
      </div>
    </>
  );
}

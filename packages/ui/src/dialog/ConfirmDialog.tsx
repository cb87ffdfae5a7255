import { type ReactNode, useRef, useState } from 'react';
import { isApiError } from '../api/apiFetch';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';

export type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  message: ReactNode;
  confirmLabel?: ReactNode;
  tone?: 'danger' | 'primary';
  /** May be async: the dialog stays open and disabled until it settles, and shows an API error if it fails. */
  onConfirm: () => unknown;
  onCancel: () => void;
  testId?: string;
};

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const confirm = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      if (!isApiError(e)) console.error(e);
      setError(e);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  const cancel = () => {
    setError(null);
    onCancel();
  };

  return (
    <Dialog open={open} title={title} onClose={cancel} dismissible={!pending} testId={testId} size="small">
      <p className="confirm-message">{message}</p>
      <FormError error={error} />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={cancel}
          disabled={pending}
          data-testid="confirm-cancel"
        >
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className={`button button-${tone}`}
          onClick={() => void confirm()}
          disabled={pending}
          aria-busy={pending}
          data-testid="confirm-ok"
        >
          {pending ? t('action.working') : (confirmLabel ?? t('action.confirm'))}
        </button>
      </div>
    </Dialog>
  );
}

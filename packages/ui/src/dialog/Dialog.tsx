import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';

export type DialogProps = {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** While false (e.g. a request is pending) Escape and the close button do nothing. */
  dismissible?: boolean;
  testId?: string;
  size?: 'small' | 'medium';
};

/**
 * A modal on the native <dialog> (focus trap, Escape, backdrop, top layer for free). Rendered only
 * while open, so a form inside starts fresh each time.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  dismissible = true,
  testId,
  size = 'medium',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useT();

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          disabled={!dismissible}
          aria-label={t('action.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}

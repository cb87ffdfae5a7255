import { allowedUploadMimes } from '@talent/domain';
import { type ReactNode, useId, useState } from 'react';
import { isApiError } from '../api/apiFetch';
import { useI18n } from '../i18n/I18nProvider';
import { DocumentPreview } from './DocumentPreview';
import { type DocumentRef, precheckFile, type UploadFn, uploadDocument } from './uploadDocument';
import './documents.css';

export type DocumentUploadProps = {
  label: ReactNode;
  /** The document chosen so far, if any. */
  value: DocumentRef | null;
  onChange: (document: DocumentRef | null) => void;
  testId: string;
  required?: boolean;
  hint?: ReactNode;
  /** Replaces the real upload (tests). */
  upload?: UploadFn;
};

/**
 * One document slot: choose a file, watch it upload, see the API's answer (a refused file says why),
 * preview what was stored. The server judges the file by its content; this only spares sending an
 * empty or oversized one.
 */
export function DocumentUpload({
  label,
  value,
  onChange,
  testId,
  required,
  hint,
  upload = uploadDocument,
}: DocumentUploadProps) {
  const { t, tKey } = useI18n();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const refusal = precheckFile(file);
    if (refusal) {
      setError(tKey(refusal));
      return;
    }
    setProgress(0);
    try {
      onChange(await upload(file, setProgress));
    } catch (e) {
      setError(isApiError(e) ? (e.fields[0]?.message ?? e.message) : t('documents.failed'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className={`field document-upload${error ? ' field-invalid' : ''}`} data-testid={testId}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      <div className="document-upload-row">
        <input
          id={id}
          type="file"
          className="document-upload-input"
          accept={allowedUploadMimes.join(',')}
          data-testid={`${testId}-input`}
          aria-describedby={`${id}-hint`}
          disabled={progress !== null}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {value && (
          <span className="document-upload-name" data-testid={`${testId}-name`}>
            ✓ {value.originalName}
          </span>
        )}
        {value && (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-expanded={previewing}
            data-testid={`${testId}-preview-toggle`}
            onClick={() => setPreviewing((p) => !p)}
          >
            {previewing ? t('documents.hidePreview') : t('documents.preview')}
          </button>
        )}
      </div>
      {progress !== null && (
        <progress
          className="document-upload-progress"
          max={100}
          value={progress}
          data-testid={`${testId}-progress`}
        >
          {t('documents.uploading', { percent: progress })}
        </progress>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {hint ?? t('documents.hint')}
      </p>
      <p className="field-error" aria-live="polite" data-testid={`${testId}-error`}>
        {error}
      </p>
      {value && previewing && <DocumentPreview document={value} testId={`${testId}-preview`} />}
    </div>
  );
}

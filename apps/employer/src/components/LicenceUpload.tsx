import { isAllowedUploadMime, maxUploadBytes } from '@talent/domain';
import { FormError, toApiError, useT } from '@talent/ui';
import { useId, useState } from 'react';

type Uploaded = { id: string; originalName: string; url: string };

/**
 * The business licence (营业执照) as a PDF, JPEG or PNG of at most 10 MB, uploaded to the documents
 * capability (which judges it by content); the organisation's profile then names the document.
 */
export function LicenceUpload({
  documentId,
  onUploaded,
  disabled,
}: {
  documentId: string | null;
  onUploaded: (id: string) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);

  const upload = async (file: File) => {
    setError(null);
    setProblem(null);
    // The server decides by content; these checks only spare a pointless upload.
    if (file.size === 0) return setProblem(t('employer.licenceEmpty'));
    if (file.size > maxUploadBytes) return setProblem(t('employer.licenceTooLarge'));
    if (file.type && !isAllowedUploadMime(file.type)) return setProblem(t('employer.licenceType'));
    setPending(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const res = await fetch('/api/documents', {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang },
      });
      const json: unknown = await res.json().catch(() => undefined);
      if (!res.ok) throw toApiError(res.status, json, res.headers.get('x-request-id') ?? undefined);
      const { document: doc } = json as { document: Uploaded };
      setUploaded(doc);
      onUploaded(doc.id);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  const current = uploaded?.id === documentId ? uploaded : null;
  return (
    <div className="field">
      <span className="field-label">{t('employer.licence')}</span>
      {documentId ? (
        <div data-testid="licence-current">
          {current ? (
            <a href={current.url} target="_blank" rel="noreferrer">
              {t('employer.licenceUploaded', { name: current.originalName })}
            </a>
          ) : (
            t('employer.licenceOnFile')
          )}
        </div>
      ) : (
        <div className="muted" data-testid="licence-missing">
          {t('employer.licenceMissing')}
        </div>
      )}
      {/* the native button speaks the browser's language; this one speaks the portal's */}
      <div className="file-picker">
        <input
          id={id}
          type="file"
          className="visually-hidden"
          accept="application/pdf,image/jpeg,image/png"
          disabled={disabled || pending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
          data-testid="licence-file"
        />
        <label htmlFor={id} className="button" aria-disabled={disabled || pending}>
          {pending
            ? t('employer.licenceUploading')
            : documentId
              ? t('employer.licenceReplace')
              : t('employer.licenceChoose')}
        </label>
      </div>
      <p className="field-hint">{t('employer.licenceHint')}</p>
      {problem && (
        <p className="field-error" role="alert" data-testid="licence-problem">
          {problem}
        </p>
      )}
      <FormError error={error} testId="licence-error" />
    </div>
  );
}

import { Card, DocumentPreview, useI18n } from '@talent/ui';
import { useState } from 'react';
import type { ApplicationView } from '../apiTypes';

/** The application's documents, each previewable in place (PDF viewer or image). */
export function CaseDocuments({ view }: { view: ApplicationView }) {
  const { t, tKey } = useI18n();
  const [open, setOpen] = useState<string | null>(view.documents[0]?.id ?? null);
  return (
    <Card title={t('case.documents')} testId="case-documents">
      {view.documents.length === 0 ? (
        <p className="muted">{t('case.noDocuments')}</p>
      ) : (
        <ul className="case-document-list">
          {view.documents.map((d) => (
            <li key={`${d.kind}-${d.id}`}>
              <button
                type="button"
                className={`button button-small${open === d.id ? ' button-primary' : ''}`}
                aria-expanded={open === d.id}
                onClick={() => setOpen(open === d.id ? null : d.id)}
                data-testid={`document-${d.kind}`}
              >
                {tKey(`document.${d.kind}`)}
              </button>{' '}
              <span className="muted">{d.originalName}</span>
              {open === d.id && (
                <DocumentPreview
                  document={{ ...d, url: `/api/documents/${encodeURIComponent(d.id)}/content` }}
                  testId={`document-preview-${d.kind}`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

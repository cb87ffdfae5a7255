import { caseDocumentReaders } from '@talent/domain';
import { Card, DocumentPreview, useCurrentUser, useI18n } from '@talent/ui';
import { useState } from 'react';
import type { ApplicationView } from '../apiTypes';

/**
 * The application's documents, each previewable in place (PDF viewer or image) for the roles that
 * handle the case (each opening is audited); others see the list only.
 */
export function CaseDocuments({ view }: { view: ApplicationView }) {
  const { t, tKey } = useI18n();
  const user = useCurrentUser();
  const mayOpen = caseDocumentReaders.settlement.some((role) => user.roles.includes(role));
  const [open, setOpen] = useState<string | null>(mayOpen ? (view.documents[0]?.id ?? null) : null);
  return (
    <Card title={t('case.documents')} testId="case-documents">
      {view.documents.length === 0 ? (
        <p className="muted">{t('case.noDocuments')}</p>
      ) : (
        <>
          {!mayOpen && (
            <p className="muted" data-testid="case-documents-restricted">
              {t('case.documentsRestricted')}
            </p>
          )}
          <ul className="case-document-list">
            {view.documents.map((d) => (
              <li key={`${d.kind}-${d.id}`}>
                <button
                  type="button"
                  className={`button button-small${open === d.id ? ' button-primary' : ''}`}
                  disabled={!mayOpen}
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
        </>
      )}
    </Card>
  );
}

import { Card, DocumentPreview, DocumentUpload, FormError, PageHeader, useApi, useI18n } from '@talent/ui';
import { useState } from 'react';
import type { DocumentItem } from '../apiTypes';

/** The applicant's uploads: add one, preview any. Applications pick from these. */
export function DocumentsPage() {
  const { t } = useI18n();
  const resource = useApi<{ items: DocumentItem[]; total: number }>('/api/documents?pageSize=100');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('documentsPage.title')} />
      <Card>
        <DocumentUpload
          label={t('documentsPage.upload')}
          value={null}
          onChange={() => resource.reload()}
          testId="new-document"
        />
      </Card>
      <Card title={t('documentsPage.mine')}>
        <FormError error={resource.error} />
        {resource.data?.items.length === 0 && <p className="muted">{t('documentsPage.none')}</p>}
        <ul className="document-list" data-testid="document-list">
          {resource.data?.items.map((d) => (
            <li key={d.id} data-testid={`document-${d.id}`}>
              <span>{d.originalName}</span>{' '}
              <span className="muted">{Math.max(1, Math.round(d.sizeBytes / 1024))} KB</span>{' '}
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => setOpen(open === d.id ? null : d.id)}
              >
                {open === d.id ? t('documents.hidePreview') : t('documents.preview')}
              </button>
              {open === d.id && <DocumentPreview document={d} />}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

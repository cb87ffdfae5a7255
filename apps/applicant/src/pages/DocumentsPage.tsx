import { Card, DocumentPreview, DocumentUpload, FormError, PageHeader, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { documentsQuery } from '../queries';

/** The applicant's uploads: add one, preview any. Applications pick from these. */
export function DocumentsPage() {
  const { t } = useI18n();
  const resource = useQuery(documentsQuery);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('documentsPage.title')} />
      <Card>
        <DocumentUpload
          label={t('documentsPage.upload')}
          value={null}
          onChange={() => void resource.refetch()}
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

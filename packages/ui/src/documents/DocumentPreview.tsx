import { useT } from '../i18n/I18nProvider';
import './documents.css';

/** A document shown in place: a PDF in the browser's viewer, an image inline; always a link to open it. */
export function DocumentPreview({
  document,
  testId = 'document-preview',
}: {
  document: { url: string; mime: string; originalName: string };
  testId?: string;
}) {
  const t = useT();
  return (
    <figure className="document-preview" data-testid={testId}>
      {document.mime === 'application/pdf' ? (
        <object
          data={document.url}
          type="application/pdf"
          className="document-preview-pdf"
          aria-label={document.originalName}
        >
          <p className="muted">{t('documents.noInlinePdf')}</p>
        </object>
      ) : (
        <img src={document.url} alt={document.originalName} className="document-preview-image" />
      )}
      <figcaption>
        <a href={document.url} target="_blank" rel="noreferrer" data-testid={`${testId}-open`}>
          {t('documents.open', { name: document.originalName })}
        </a>
      </figcaption>
    </figure>
  );
}

import { Card, countyName, DocumentPreview, Facts, useI18n } from '@talent/ui';
import { useState } from 'react';
import type { ApplicationView } from '../queries';

/** What the application says: where to settle, who settles, which documents. Identifiers masked. */
export function ApplicationDetails({ view }: { view: ApplicationView }) {
  const { t, tKey, locale } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card title={t('application.details')} testId="application-details">
      <Facts
        items={[
          { label: t('application.route'), value: tKey(`route.${view.route}`) },
          {
            label: t('application.settleAt'),
            value: tKey(`place.${view.settleAt}`),
            testId: 'application-settle-at',
          },
          {
            label: t('application.county'),
            value: countyName(view.countyCode, locale),
            testId: 'application-county',
          },
          ...(view.employer
            ? [
                {
                  label: t('application.employer'),
                  value: view.employer.name,
                  testId: 'application-employer',
                },
              ]
            : []),
          ...(view.collective?.status
            ? [
                {
                  label: t('application.collective'),
                  value: tKey(`collectiveStatus.${view.collective.status}`),
                  testId: 'application-collective',
                },
              ]
            : []),
          ...(view.collective?.reason
            ? [{ label: t('application.collectiveReason'), value: view.collective.reason }]
            : []),
          ...(view.policeStation
            ? [{ label: t('application.policeStation'), value: view.policeStation.name }]
            : []),
          ...(view.address ? [{ label: t('application.address'), value: view.address }] : []),
          ...(view.relative
            ? [
                {
                  label: t('application.relative'),
                  value: `${view.relative.name}(${tKey(`relation.${view.relative.relation}`)},${view.relative.residentId})`,
                },
              ]
            : []),
          {
            label: t('application.applicant'),
            value: `${view.applicant.name} ${view.applicant.residentId ?? ''}`,
          },
          ...view.members.map((m, i) => ({
            label: t('apply.member', { n: i + 1 }),
            value: `${m.name}(${tKey(`relation.${m.relation}`)},${m.residentId})`,
          })),
          ...(view.electronicTransfer
            ? [
                {
                  label: tKey('document.household_migration_certificate'),
                  value: t('application.electronicTransfer'),
                },
              ]
            : []),
        ]}
      />
      <h3 className="card-subtitle">{t('application.documents')}</h3>
      <ul className="document-list" data-testid="application-documents">
        {view.documents.map((d) => (
          <li key={`${d.kind}-${d.id}`}>
            <span>
              {tKey(`document.${d.kind}`)}:{d.originalName}
            </span>{' '}
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setOpen(open === d.id ? null : d.id)}
            >
              {open === d.id ? t('documents.hidePreview') : t('documents.preview')}
            </button>
            {open === d.id && <DocumentPreview document={{ ...d, url: `/api/documents/${d.id}/content` }} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}

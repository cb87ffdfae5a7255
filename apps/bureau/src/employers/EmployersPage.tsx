import { employerStatuses, mayCall } from '@talent/domain';
import {
  api,
  Badge,
  ConfirmDialog,
  call,
  countyName,
  DataTable,
  type DataTableFetcher,
  formatDateTime,
  Notice,
  PageHeader,
  ReasonDialog,
  type Tone,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { EmployerQueueItem } from '../apiTypes';
import { QueueTabList } from '../pages/QueueTabList';

const statusTone: Record<EmployerQueueItem['status'], Tone> = {
  pending: 'warning',
  verified: 'success',
  rejected: 'error',
};
const ALL = 'all';

/**
 * The employer verification queue: pending organisations first (the default tab), each with its
 * credit code (a failed check character flagged for a manual look), licence and contact; the bureau
 * verifies it or rejects it with a reason the organisation reads.
 */
export function EmployersPage() {
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const canDecide = mayCall('POST /api/bureau/employers/{id}/decision', user);
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = raw === ALL ? undefined : (employerStatuses.find((s) => s === raw) ?? 'pending');
  const queryClient = useQueryClient();
  const [verifying, setVerifying] = useState<EmployerQueueItem | null>(null);
  const [rejecting, setRejecting] = useState<EmployerQueueItem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const fetcher = useCallback<DataTableFetcher<EmployerQueueItem>>(
    (query, signal) => call(api.bureau.employers.$get({ query: { ...query, status } }, { init: { signal } })),
    [status],
  );
  const decide = async (
    item: EmployerQueueItem,
    body: { decision: 'verify' | 'reject'; reason?: string },
  ) => {
    const { item: after } = await call(
      api.bureau.employers[':id'].decision.$post({ param: { id: item.id }, json: body }),
    );
    setVerifying(null);
    setRejecting(null);
    setDone(
      t(after.status === 'verified' ? 'employers.verified' : 'employers.rejected', { name: after.name }),
    );
    void queryClient.invalidateQueries({ queryKey: ['bureau', 'employers'] });
  };
  const selectStatus = (next: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 'pending') updated.delete('status');
      else updated.set('status', next);
      updated.delete('page');
      return updated;
    });

  const columns = useMemo(() => {
    const col = createColumnHelper<EmployerQueueItem>();
    const base = [
      col.accessor('name', { header: t('employers.name') }),
      col.accessor('uscc', {
        header: t('employers.uscc'),
        cell: (i) => (
          <>
            <span className="mono">{i.getValue()}</span>
            {i.row.original.usccWarnings.length > 0 && (
              <>
                {' '}
                <Badge tone="warning" testId={`uscc-warning-${i.getValue()}`}>
                  {t('employers.usccWarning')}
                </Badge>
              </>
            )}
          </>
        ),
      }),
      col.accessor('orgType', {
        header: t('employers.orgType'),
        enableSorting: false,
        cell: (i) => (i.getValue() ? tKey(`orgType.${i.getValue()}`) : '—'),
        meta: { csv: (row) => (row.orgType ? tKey(`orgType.${row.orgType}`) : '') },
      }),
      col.accessor('countyCode', {
        id: 'county',
        header: t('employers.county'),
        enableSorting: false,
        cell: (i) => countyName(i.getValue(), locale),
        meta: { csv: (row) => countyName(row.countyCode, locale) },
      }),
      col.display({
        id: 'contact',
        header: t('employers.contact'),
        enableSorting: false,
        cell: (i) => (
          <>
            {i.row.original.contactName} <span className="mono muted">{i.row.original.contactMobile}</span>
          </>
        ),
        meta: { csv: (row) => `${row.contactName} ${row.contactMobile}` },
      }),
      col.accessor('status', {
        header: t('employers.status'),
        cell: (i) => (
          <Badge tone={statusTone[i.getValue()]} testId={`employer-status-${i.row.original.uscc}`}>
            {t(`employerStatus.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => t(`employerStatus.${row.status}`) },
      }),
      col.accessor('createdAt', {
        header: t('employers.createdAt'),
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.createdAt, locale) },
      }),
      col.accessor('licenceDocumentId', {
        id: 'licence',
        header: t('employers.licence'),
        enableSorting: false,
        cell: (i) =>
          i.getValue() ? (
            <a
              href={`/api/documents/${encodeURIComponent(i.getValue() ?? '')}/content`}
              target="_blank"
              rel="noreferrer"
              data-testid={`licence-${i.row.original.uscc}`}
            >
              {t('employers.openLicence')}
            </a>
          ) : (
            <span className="muted">{t('employers.noLicence')}</span>
          ),
        meta: { csv: false },
      }),
    ];
    if (!canDecide) return base;
    return [
      ...base,
      col.display({
        id: 'actions',
        header: t('employers.actions'),
        enableSorting: false,
        meta: { csv: false },
        cell: (i) =>
          i.row.original.status === 'pending' && (
            <span className="row-actions">
              <button
                type="button"
                className="button button-small button-primary"
                onClick={() => setVerifying(i.row.original)}
                data-testid={`verify-${i.row.original.uscc}`}
              >
                {t('employers.verify')}
              </button>
              <button
                type="button"
                className="button button-small button-danger-quiet"
                onClick={() => setRejecting(i.row.original)}
                data-testid={`reject-${i.row.original.uscc}`}
              >
                {t('employers.reject')}
              </button>
            </span>
          ),
      }),
    ];
  }, [t, tKey, locale, canDecide]);

  const tabs = ['pending', 'verified', 'rejected', ALL] as const;
  const activeTab = status ?? ALL;
  return (
    <div className="page">
      <PageHeader title={t('employers.title')} />
      {!canDecide && (
        <Notice tone="neutral" testId="employers-read-only">
          {t('employers.readOnly')}
        </Notice>
      )}
      {done && (
        <Notice tone="success" testId="employers-done">
          {done}
        </Notice>
      )}
      <QueueTabList
        tabs={tabs}
        active={activeTab}
        onSelect={selectStatus}
        label={t('employers.status')}
        prefix="employer"
        title={(tab) => t(`employers.tab.${tab}`)}
      />
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('employers.title')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'createdAt', order: 'asc' }}
        searchLabel={t('employers.search')}
        queryKey={['bureau', 'employers']}
        reloadKey={status ?? ALL}
        exportFileName={t('employers.exportName')}
        testId="employers-table"
      />
      <ConfirmDialog
        open={verifying !== null}
        title={t('employers.verifyTitle')}
        message={
          verifying ? t('employers.verifyMessage', { name: verifying.name, uscc: verifying.uscc }) : ''
        }
        confirmLabel={t('employers.verify')}
        onConfirm={() => (verifying ? decide(verifying, { decision: 'verify' }) : undefined)}
        onCancel={() => setVerifying(null)}
        testId="verify-dialog"
      />
      {rejecting && (
        <ReasonDialog
          title={t('employers.rejectTitle', { name: rejecting.name })}
          hint={t('employers.rejectHint')}
          summary={<span className="mono">{rejecting.uscc}</span>}
          submitLabel={t('employers.reject')}
          onSubmit={(reason) => decide(rejecting, { decision: 'reject', reason })}
          onClose={() => setRejecting(null)}
          testId="reject-dialog"
        />
      )}
    </div>
  );
}

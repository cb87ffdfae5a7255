import { collectiveStatuses } from '@talent/domain';
import {
  apiFetch,
  Badge,
  ConfirmDialog,
  DataTable,
  type DataTableFetcher,
  Facts,
  formatDateTime,
  Notice,
  PageHeader,
  ReasonDialog,
  type Tone,
  useI18n,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { CollectivePage, CollectiveRequest } from '../apiTypes';
import { CollectiveSummary } from '../components/CollectiveSummary';
import { tierText } from '../components/labels';
import { FilterSelect, useUrlFilter } from '../components/useUrlFilter';
import { useVerified, VerificationNotice } from '../components/VerificationNotice';

const statusTone: Record<CollectiveRequest['status'], Tone> = {
  pending: 'warning',
  accepted: 'success',
  declined: 'neutral',
};

/**
 * Graduates who chose this organisation's collective household (庆政办发〔2022〕44号 二(二)4): accept
 * (while places are left) or decline with a reason, while the bureau has not decided the case.
 */
export function CollectiveRequestsPage() {
  const { t, locale } = useI18n();
  const verified = useVerified();
  const [status, setStatus] = useUrlFilter('status', collectiveStatuses);
  const [reloadKey, setReloadKey] = useState(0);
  const [accepting, setAccepting] = useState<CollectiveRequest | null>(null);
  const [declining, setDeclining] = useState<CollectiveRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const fetcher = useCallback<DataTableFetcher<CollectiveRequest>>(
    (query, signal) =>
      apiFetch<CollectivePage>('/api/employer/collective-requests', { query: { ...query, status }, signal }),
    [status],
  );

  const answered = (message: string) => {
    setAccepting(null);
    setDeclining(null);
    setDone(message);
    setReloadKey((k) => k + 1);
  };

  const columns = useMemo(() => {
    const col = createColumnHelper<CollectiveRequest>();
    return [
      col.accessor('number', {
        header: t('employer.applicationNumber'),
        cell: (i) => (
          <>
            <span className="mono">{i.getValue()}</span>
            {i.row.original.greenChannel && (
              <>
                {' '}
                <Badge tone="success" testId={`collective-green-${i.getValue()}`}>
                  {t('green.badge')}
                </Badge>
              </>
            )}
          </>
        ),
      }),
      col.accessor('name', { header: t('employer.graduateName'), enableSorting: false }),
      col.accessor('tier', {
        header: t('employer.tier'),
        enableSorting: false,
        cell: (i) => tierText(t, i.getValue()),
        meta: { csv: (row) => tierText(t, row.tier) },
      }),
      col.accessor('school', {
        header: t('employer.school'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? '—',
      }),
      col.accessor('graduationDate', {
        header: t('employer.graduationDate'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? '—',
      }),
      col.accessor('requestedAt', {
        header: t('employer.requestedAt'),
        cell: (i) => {
          const v = i.getValue();
          return v ? formatDateTime(v, locale) : '—';
        },
      }),
      col.accessor('status', {
        header: t('employer.collectiveStatus'),
        cell: (i) => {
          const row = i.row.original;
          return (
            <>
              <Badge tone={statusTone[row.status]} testId={`collective-status-${row.number}`}>
                {t(`collectiveStatus.${row.status}`)}
              </Badge>
              {row.reason && <div className="muted">{row.reason}</div>}
              {row.status === 'pending' && !row.canDecide && (
                <div className="muted">{t('employer.caseState', { state: t(`state.${row.state}`) })}</div>
              )}
            </>
          );
        },
        meta: { csv: (row) => t(`collectiveStatus.${row.status}`) },
      }),
      col.display({
        id: 'actions',
        header: t('employer.actions'),
        meta: { csv: false },
        cell: (i) => {
          const row = i.row.original;
          if (!row.canDecide) return null;
          return (
            <span className="row-actions">
              <button
                type="button"
                className="button button-small button-primary"
                disabled={!verified}
                onClick={() => {
                  setDone(null);
                  setAccepting(row);
                }}
                data-testid={`accept-${row.number}`}
              >
                {t('employer.accept')}
              </button>
              <button
                type="button"
                className="button button-small button-danger-quiet"
                disabled={!verified}
                onClick={() => {
                  setDone(null);
                  setDeclining(row);
                }}
                data-testid={`decline-${row.number}`}
              >
                {t('employer.decline')}
              </button>
            </span>
          );
        },
      }),
    ];
  }, [t, locale, verified]);

  const summary = (row: CollectiveRequest) => (
    <Facts
      items={[
        { label: t('employer.applicationNumber'), value: row.number },
        { label: t('employer.graduateName'), value: row.name },
        { label: t('employer.school'), value: row.school ?? '—' },
        { label: t('employer.tier'), value: tierText(t, row.tier) },
      ]}
    />
  );

  return (
    <div className="page">
      <PageHeader title={t('employer.collectiveTitle')}>
        <p className="muted">{t('employer.collectiveIntro')}</p>
      </PageHeader>
      <VerificationNotice />
      <CollectiveSummary reloadKey={reloadKey} />
      {done && (
        <Notice tone="success" testId="collective-done">
          {done}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('employer.collectiveTitle')}
        getRowId={(row) => row.applicationId}
        defaultSort={{ id: 'requestedAt', order: 'asc' }}
        reloadKey={`${reloadKey}-${status ?? ''}`}
        testId="collective-table"
        toolbar={
          <FilterSelect
            label={t('employer.collectiveStatus')}
            value={status}
            options={collectiveStatuses.map((s) => ({ value: s, label: t(`collectiveStatus.${s}`) }))}
            onChange={setStatus}
            testId="collective-status-filter"
          />
        }
      />
      <ConfirmDialog
        open={accepting !== null}
        title={t('employer.acceptTitle')}
        message={
          accepting
            ? t('employer.acceptConfirm', {
                name: accepting.name,
                number: accepting.number,
                school: accepting.school ?? '—',
              })
            : ''
        }
        confirmLabel={t('employer.accept')}
        onConfirm={async () => {
          if (!accepting) return;
          await apiFetch(
            `/api/employer/collective-requests/${encodeURIComponent(accepting.applicationId)}/accept`,
            {
              method: 'POST',
              body: { version: accepting.version },
            },
          );
          answered(t('employer.acceptedDone', { name: accepting.name }));
        }}
        onCancel={() => setAccepting(null)}
        testId="accept-dialog"
      />
      {declining && (
        <ReasonDialog
          hint={t('employer.reasonHint')}
          title={t('employer.declineTitle')}
          summary={summary(declining)}
          submitLabel={t('employer.decline')}
          onSubmit={async (reason) => {
            await apiFetch(
              `/api/employer/collective-requests/${encodeURIComponent(declining.applicationId)}/decline`,
              { method: 'POST', body: { version: declining.version, reason } },
            );
            answered(t('employer.declinedDone', { name: declining.name }));
          }}
          onClose={() => setDeclining(null)}
          testId="decline-dialog"
        />
      )}
    </div>
  );
}

import { employmentReportStatuses } from '@talent/domain';
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
import type { EmploymentReport, ReportPage } from '../apiTypes';
import { tierText } from '../components/labels';
import { FilterSelect, useUrlFilter } from '../components/useUrlFilter';
import { useVerified, VerificationNotice } from '../components/VerificationNotice';

const statusTone: Record<EmploymentReport['status'], Tone> = {
  reported: 'warning',
  confirmed: 'success',
  declined: 'neutral',
};

/**
 * Settle first, work later (庆政办发〔2022〕44号 二(一)4): graduates who report working here. The
 * employer confirms the contract details or declines them with a reason, so that the graduate can
 * report the right job while the window is open.
 */
export function EmploymentReportsPage() {
  const { t, locale } = useI18n();
  const verified = useVerified();
  const [status, setStatus] = useUrlFilter('status', employmentReportStatuses);
  const [reloadKey, setReloadKey] = useState(0);
  const [confirming, setConfirming] = useState<EmploymentReport | null>(null);
  const [declining, setDeclining] = useState<EmploymentReport | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const fetcher = useCallback<DataTableFetcher<EmploymentReport>>(
    (query, signal) =>
      apiFetch<ReportPage>('/api/employer/employment-reports', { query: { ...query, status }, signal }),
    [status],
  );

  const answered = (message: string) => {
    setConfirming(null);
    setDeclining(null);
    setDone(message);
    setReloadKey((k) => k + 1);
  };

  const contract = (row: EmploymentReport) =>
    t('employer.contract', { start: row.contractStart, months: row.contractMonths, position: row.position });

  const columns = useMemo(() => {
    const col = createColumnHelper<EmploymentReport>();
    return [
      col.accessor('number', {
        header: t('employer.applicationNumber'),
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('name', { header: t('employer.graduateName'), enableSorting: false }),
      col.accessor('tier', {
        header: t('employer.tier'),
        enableSorting: false,
        cell: (i) => tierText(t, i.getValue()),
        meta: { csv: (row) => tierText(t, row.tier) },
      }),
      col.accessor('position', { header: t('employer.position'), enableSorting: false }),
      col.accessor('contractStart', { header: t('employer.contractStart') }),
      col.accessor('contractMonths', {
        header: t('employer.contractMonths'),
        enableSorting: false,
        meta: { className: 'num' },
      }),
      col.accessor('reportedAt', {
        header: t('employer.reportedAt'),
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.reportedAt, locale) },
      }),
      col.accessor('status', {
        header: t('employer.reportStatus'),
        cell: (i) => {
          const row = i.row.original;
          return (
            <>
              <Badge tone={statusTone[row.status]} testId={`report-status-${row.number}`}>
                {t(`reportStatus.${row.status}`)}
              </Badge>
              {row.reason && <div className="muted">{row.reason}</div>}
            </>
          );
        },
        meta: { csv: (row) => t(`reportStatus.${row.status}`) },
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
                  setConfirming(row);
                }}
                data-testid={`confirm-${row.number}`}
              >
                {t('employer.confirm')}
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

  return (
    <div className="page">
      <PageHeader title={t('employer.reportsTitle')}>
        <p className="muted">{t('employer.reportsIntro')}</p>
      </PageHeader>
      <VerificationNotice />
      {done && (
        <Notice tone="success" testId="reports-done">
          {done}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('employer.reportsTitle')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'reportedAt', order: 'asc' }}
        reloadKey={`${reloadKey}-${status ?? ''}`}
        testId="reports-table"
        toolbar={
          <FilterSelect
            label={t('employer.reportStatus')}
            value={status}
            options={employmentReportStatuses.map((s) => ({ value: s, label: t(`reportStatus.${s}`) }))}
            onChange={setStatus}
            testId="report-status-filter"
          />
        }
      />
      <ConfirmDialog
        open={confirming !== null}
        title={t('employer.confirmTitle')}
        message={
          confirming
            ? t('employer.confirmMessage', { name: confirming.name, contract: contract(confirming) })
            : ''
        }
        confirmLabel={t('employer.confirm')}
        onConfirm={async () => {
          if (!confirming) return;
          await apiFetch(`/api/employer/employment-reports/${encodeURIComponent(confirming.id)}/confirm`, {
            method: 'POST',
            body: { version: confirming.version },
          });
          answered(t('employer.confirmedDone', { name: confirming.name }));
        }}
        onCancel={() => setConfirming(null)}
        testId="confirm-dialog"
      />
      {declining && (
        <ReasonDialog
          hint={t('employer.reasonHint')}
          title={t('employer.declineReportTitle')}
          summary={
            <Facts
              items={[
                { label: t('employer.applicationNumber'), value: declining.number },
                { label: t('employer.graduateName'), value: declining.name },
                { label: t('employer.position'), value: declining.position },
                { label: t('employer.contractStart'), value: declining.contractStart },
                { label: t('employer.contractMonths'), value: declining.contractMonths },
              ]}
            />
          }
          submitLabel={t('employer.decline')}
          onSubmit={async (reason) => {
            await apiFetch(`/api/employer/employment-reports/${encodeURIComponent(declining.id)}/decline`, {
              method: 'POST',
              body: { version: declining.version, reason },
            });
            answered(t('employer.reportDeclinedDone', { name: declining.name }));
          }}
          onClose={() => setDeclining(null)}
          testId="decline-dialog"
        />
      )}
    </div>
  );
}

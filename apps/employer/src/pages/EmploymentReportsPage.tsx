import { type EmploymentReportStatus, employmentReportStatuses } from '@talent/domain';
import { api, call, Facts, formatDateTime, type PageQuery, useI18n } from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { type DecisionKind, DecisionPage } from '../components/DecisionPage';

const reports = api.employer['employment-reports'];

function loadReports(query: PageQuery & { status: EmploymentReportStatus | undefined }, signal: AbortSignal) {
  return call(reports.$get({ query }, { init: { signal } }));
}

type EmploymentReport = Awaited<ReturnType<typeof loadReports>>['items'][number];

/**
 * Settle first, work later (庆政办发〔2022〕44号 二(一)4): graduates who report working here. The
 * employer confirms the contract details or declines them with a reason, so that the graduate can
 * report the right job while the window is open.
 */
export function EmploymentReportsPage() {
  const { t, locale } = useI18n();
  const kind = useMemo((): DecisionKind<EmploymentReport, EmploymentReportStatus> => {
    const col = createColumnHelper<EmploymentReport>();
    const contract = (row: EmploymentReport) =>
      t('employer.contract', {
        start: row.contractStart,
        months: row.contractMonths,
        position: row.position,
      });
    return {
      title: t('employer.reportsTitle'),
      intro: t('employer.reportsIntro'),
      queryKey: ['employer', 'employment-reports'],
      load: loadReports,
      rowId: (row) => row.id,
      defaultSort: { id: 'reportedAt', order: 'asc' },
      statuses: employmentReportStatuses,
      statusTone: { reported: 'warning', confirmed: 'success', declined: 'neutral' },
      statusHeader: t('employer.reportStatus'),
      statusText: (status) => t(`reportStatus.${status}`),
      columns: [
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
      ],
      accept: {
        label: t('employer.confirm'),
        title: t('employer.confirmTitle'),
        message: (row) => t('employer.confirmMessage', { name: row.name, contract: contract(row) }),
        done: (row) => t('employer.confirmedDone', { name: row.name }),
        send: (row) =>
          call(reports[':id'].confirm.$post({ param: { id: row.id }, json: { version: row.version } })),
      },
      decline: {
        title: t('employer.declineReportTitle'),
        summary: (row) => (
          <Facts
            items={[
              { label: t('employer.applicationNumber'), value: row.number },
              { label: t('employer.graduateName'), value: row.name },
              { label: t('employer.position'), value: row.position },
              { label: t('employer.contractStart'), value: row.contractStart },
              { label: t('employer.contractMonths'), value: row.contractMonths },
            ]}
          />
        ),
        done: (row) => t('employer.reportDeclinedDone', { name: row.name }),
        send: (row, reason) =>
          call(
            reports[':id'].decline.$post({ param: { id: row.id }, json: { version: row.version, reason } }),
          ),
      },
      testIds: {
        table: 'reports-table',
        status: 'report-status',
        accept: 'confirm',
        done: 'reports-done',
        filter: 'report-status-filter',
      },
    };
  }, [t, locale]);
  return <DecisionPage kind={kind} />;
}

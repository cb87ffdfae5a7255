import { type CollectiveStatus, collectiveStatuses } from '@talent/domain';
import { api, Badge, call, Facts, formatDateTime, type PageQuery, useI18n } from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { CollectiveSummary } from '../components/CollectiveSummary';
import { type DecisionKind, DecisionPage } from '../components/DecisionPage';
import { tierText } from '../components/labels';

const requests = api.employer['collective-requests'];

function loadRequests(query: PageQuery & { status: CollectiveStatus | undefined }, signal: AbortSignal) {
  return call(requests.$get({ query }, { init: { signal } }));
}

type CollectiveRequest = Awaited<ReturnType<typeof loadRequests>>['items'][number];

/**
 * Graduates who chose this organisation's collective household (庆政办发〔2022〕44号 二(二)4): accept
 * (while places are left) or decline with a reason, while the bureau has not decided the case.
 */
export function CollectiveRequestsPage() {
  const { t, locale } = useI18n();
  const kind = useMemo((): DecisionKind<CollectiveRequest, CollectiveStatus> => {
    const col = createColumnHelper<CollectiveRequest>();
    return {
      title: t('employer.collectiveTitle'),
      intro: t('employer.collectiveIntro'),
      queryKey: ['employer', 'collective-requests'],
      load: loadRequests,
      rowId: (row) => row.applicationId,
      defaultSort: { id: 'requestedAt', order: 'asc' },
      statuses: collectiveStatuses,
      statusTone: { pending: 'warning', accepted: 'success', declined: 'neutral' },
      statusHeader: t('employer.collectiveStatus'),
      statusText: (status) => t(`collectiveStatus.${status}`),
      statusNote: (row) =>
        row.status === 'pending' &&
        !row.canDecide && (
          <div className="muted">{t('employer.caseState', { state: t(`state.${row.state}`) })}</div>
        ),
      numberCell: (row) => (
        <>
          <span className="mono">{row.number}</span>
          {row.greenChannel && (
            <>
              {' '}
              <Badge tone="success" testId={`collective-green-${row.number}`}>
                {t('green.badge')}
              </Badge>
            </>
          )}
        </>
      ),
      columns: [
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
      ],
      aside: <CollectiveSummary />,
      accept: {
        label: t('employer.accept'),
        title: t('employer.acceptTitle'),
        message: (row) =>
          t('employer.acceptConfirm', { name: row.name, number: row.number, school: row.school ?? '—' }),
        done: (row) => t('employer.acceptedDone', { name: row.name }),
        send: (row) =>
          call(
            requests[':applicationId'].accept.$post({
              param: { applicationId: row.applicationId },
              json: { version: row.version },
            }),
          ),
      },
      decline: {
        title: t('employer.declineTitle'),
        summary: (row) => (
          <Facts
            items={[
              { label: t('employer.applicationNumber'), value: row.number },
              { label: t('employer.graduateName'), value: row.name },
              { label: t('employer.school'), value: row.school ?? '—' },
              { label: t('employer.tier'), value: tierText(t, row.tier) },
            ]}
          />
        ),
        done: (row) => t('employer.declinedDone', { name: row.name }),
        send: (row, reason) =>
          call(
            requests[':applicationId'].decline.$post({
              param: { applicationId: row.applicationId },
              json: { version: row.version, reason },
            }),
          ),
      },
      testIds: {
        table: 'collective-table',
        status: 'collective-status',
        accept: 'accept',
        done: 'collective-done',
        filter: 'collective-status-filter',
      },
    };
  }, [t, locale]);
  return <DecisionPage kind={kind} />;
}

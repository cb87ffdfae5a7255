import type { Locale } from '@talent/domain';
import { Badge, countyName, formatDate, formatDateTime, type TFunction, type Tone } from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { QueueItem } from '../apiTypes';

export const stateTone: Record<string, Tone> = {
  submitted: 'info',
  under_review: 'info',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'neutral',
  registered: 'success',
  employment_reported: 'info',
  employment_confirmed: 'success',
  employment_window_missed: 'neutral',
};

/** One to two working days late is a warning, three or more stands out as serious. */
export function overdueLevel(days: number): 'none' | 'mild' | 'severe' {
  if (days <= 0) return 'none';
  return days < 3 ? 'mild' : 'severe';
}

/** The queue's columns; their ids are the API's sort keys where a column sorts. */
export function queueColumns(
  t: TFunction,
  tKey: (key: string, params?: Record<string, string | number>) => string,
  locale: Locale,
) {
  const col = createColumnHelper<QueueItem>();
  return [
    col.accessor('number', {
      header: t('queue.number'),
      cell: (i) => (
        <span className="queue-number">
          {i.row.original.greenChannel && (
            <span className="green-channel" title={t('queue.green')} aria-hidden="true" />
          )}
          <Link
            to={`/settlements/${i.row.original.id}`}
            className="mono"
            data-testid={`case-link-${i.getValue()}`}
          >
            {i.getValue()}
          </Link>
        </span>
      ),
    }),
    col.accessor('applicantName', { header: t('queue.applicant'), enableSorting: false }),
    col.accessor('route', {
      header: t('queue.route'),
      enableSorting: false,
      cell: (i) => (
        <>
          {tKey(`route.${i.getValue()}`)}
          {i.row.original.greenChannel && (
            <>
              {' '}
              <Badge tone="success" testId={`green-${i.row.original.number}`}>
                {t('queue.green')}
              </Badge>
            </>
          )}
        </>
      ),
      meta: { csv: (row) => tKey(`route.${row.route}`) },
    }),
    col.accessor('countyCode', {
      id: 'county',
      header: t('queue.county'),
      enableSorting: false,
      cell: (i) => countyName(i.getValue(), locale),
      meta: { csv: (row) => countyName(row.countyCode, locale) },
    }),
    col.accessor('state', {
      header: t('queue.state'),
      enableSorting: false,
      cell: (i) => (
        <Badge tone={stateTone[i.getValue()] ?? 'neutral'} testId={`state-${i.row.original.number}`}>
          {tKey(`state.${i.getValue()}`)}
        </Badge>
      ),
      meta: { csv: (row) => tKey(`state.${row.state}`) },
    }),
    col.accessor('tier', {
      header: t('queue.tier'),
      enableSorting: false,
      cell: (i) => (i.getValue() ? tKey(`tier.${i.getValue()}`) : t('queue.noTier')),
      meta: { csv: (row) => (row.tier ? tKey(`tier.${row.tier}`) : '') },
    }),
    col.accessor('submittedAt', {
      header: t('queue.submittedAt'),
      cell: (i) => (i.getValue() ? formatDateTime(i.getValue() as string, locale) : '—'),
      meta: { csv: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, locale) : '') },
    }),
    col.accessor('dueOn', {
      header: t('queue.dueOn'),
      cell: (i) => {
        const days = i.row.original.overdueWorkingDays;
        const level = overdueLevel(days);
        return (
          <span className="queue-due">
            {formatDate(i.getValue(), locale)}
            {level !== 'none' && (
              <Badge
                tone={level === 'severe' ? 'error' : 'warning'}
                testId={`overdue-${i.row.original.number}`}
              >
                <span className={`overdue overdue-${level}`}>{t('queue.overdueDays', { days })}</span>
              </Badge>
            )}
          </span>
        );
      },
      meta: {
        csv: (row) =>
          row.overdueWorkingDays > 0
            ? `${row.dueOn ?? ''} (${t('queue.overdueDays', { days: row.overdueWorkingDays })})`
            : (row.dueOn ?? ''),
      },
    }),
    col.accessor('holder', {
      header: t('queue.holder'),
      enableSorting: false,
      cell: (i) => (i.getValue() ? tKey(`holder.${i.getValue()}`) : t('timeline.nobody')),
      meta: { csv: (row) => (row.holder ? tKey(`holder.${row.holder}`) : '') },
    }),
  ];
}

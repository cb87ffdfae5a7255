import { contributionConfirmSchema, departureReportSchema, todayInChina } from '@talent/domain';
import {
  api,
  Badge,
  ConfirmDialog,
  call,
  DataTable,
  Dialog,
  DialogFormActions,
  FilterSelect,
  Notice,
  PageHeader,
  type PageQuery,
  TextField,
  type Tone,
  useFormSubmit,
  useI18n,
  useUrlFilter,
  useZodForm,
} from '@talent/ui';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { tierText } from '../components/labels';

const awards = api.employer.awards;
const awardsKey = ['employer', 'awards'];

const awardStates = ['active', 'stopped', 'clawback_due', 'closed', 'completed'] as const;
type AwardState = (typeof awardStates)[number];

function loadAwards({ page, pageSize }: PageQuery, state: AwardState | undefined, signal: AbortSignal) {
  return call(awards.$get({ query: { page, pageSize, state } }, { init: { signal } }));
}

type AwardItem = Awaited<ReturnType<typeof loadAwards>>['items'][number];

function reportDeparture(award: AwardItem, departedOn: string) {
  return call(awards[':id'].departure.$post({ param: { id: award.awardId }, json: { departedOn } }));
}

type DepartureResult = Awaited<ReturnType<typeof reportDeparture>>;

const stateTone: Record<string, Tone> = {
  active: 'success',
  stopped: 'warning',
  clawback_due: 'error',
  closed: 'neutral',
  completed: 'neutral',
};

/**
 * The organisation's talent with an award (二(四)5): each person's confirmed months of social
 * insurance, confirmed here a range at a time, and the departure report that stops an award within
 * its service commitment (with a confirmation: it cannot be withdrawn).
 */
export function AwardsPage() {
  const { t, tKey } = useI18n();
  const [state, setState] = useUrlFilter('state', awardStates);
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<AwardItem | null>(null);
  const [leaving, setLeaving] = useState<AwardItem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const finished = (message: string) => {
    setMonths(null);
    setLeaving(null);
    setDone(message);
    void queryClient.invalidateQueries({ queryKey: awardsKey });
  };

  const columns = useMemo(() => {
    const col = createColumnHelper<AwardItem>();
    return [
      col.accessor('name', { header: t('awards.name'), enableSorting: false }),
      col.accessor('tier', {
        header: t('awards.tier'),
        enableSorting: false,
        cell: (i) => tierText(t, i.getValue()),
        meta: { csv: (row) => tierText(t, row.tier) },
      }),
      col.accessor('state', {
        header: t('awards.state'),
        enableSorting: false,
        cell: (i) => (
          <Badge tone={stateTone[i.getValue()] ?? 'neutral'} testId={`award-state-${i.row.original.awardId}`}>
            {tKey(`state.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => tKey(`state.${row.state}`) },
      }),
      col.accessor('startDate', { header: t('awards.startDate'), enableSorting: false }),
      col.accessor('serviceEndsOn', { header: t('awards.serviceEndsOn'), enableSorting: false }),
      col.accessor('contributedMonths', { header: t('awards.months'), enableSorting: false }),
      col.accessor('lastMonth', { header: t('awards.lastMonth'), enableSorting: false }),
      col.accessor('departedOn', { header: t('awards.departedOn'), enableSorting: false }),
      col.display({
        id: 'actions',
        header: t('awards.actions'),
        meta: { csv: false },
        cell: (i) => {
          const row = i.row.original;
          if (row.departedOn) return null;
          return (
            <span className="row-actions">
              <button
                type="button"
                className="button button-small button-primary"
                onClick={() => setMonths(row)}
                data-testid={`confirm-months-${row.awardId}`}
              >
                {t('awards.confirmMonths')}
              </button>
              {row.state === 'active' && (
                <button
                  type="button"
                  className="button button-small button-danger-quiet"
                  onClick={() => setLeaving(row)}
                  data-testid={`report-departure-${row.awardId}`}
                >
                  {t('awards.reportDeparture')}
                </button>
              )}
            </span>
          );
        },
      }),
    ];
  }, [t, tKey]);

  return (
    <div className="page">
      <PageHeader title={t('awards.title')}>
        <p className="muted">{t('awards.intro')}</p>
      </PageHeader>
      {done && (
        <Notice tone="success" testId="awards-done">
          {done}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={(query, signal) => loadAwards(query, state, signal)}
        queryKey={[...awardsKey, { state }]}
        caption={t('awards.title')}
        getRowId={(row) => row.awardId}
        exportFileName={t('awards.exportName')}
        testId="awards-table"
        toolbar={
          <FilterSelect
            label={t('awards.state')}
            value={state}
            options={awardStates.map((s) => ({ value: s, label: tKey(`state.${s}`) }))}
            onChange={setState}
            testId="award-state-filter"
          />
        }
      />
      {months && (
        <MonthsDialog
          award={months}
          onDone={(added, already) => finished(t('awards.monthsDone', { added, already }))}
          onClose={() => setMonths(null)}
        />
      )}
      {leaving && (
        <DepartureDialog
          award={leaving}
          onDone={(r) =>
            finished(
              r.withinCommitment
                ? t('awards.departureDone', { count: r.cancelledLines })
                : t('awards.departureServed'),
            )
          }
          onClose={() => setLeaving(null)}
        />
      )}
    </div>
  );
}

function MonthsDialog({
  award,
  onDone,
  onClose,
}: {
  award: AwardItem;
  onDone: (added: number, already: number) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const thisMonth = todayInChina().slice(0, 7);
  const form = useZodForm(contributionConfirmSchema, {
    defaultValues: {
      fromMonth: award.lastMonth ?? (award.startDate ?? thisMonth).slice(0, 7),
      toMonth: thisMonth,
    },
  });
  const { onSubmit, pending, error } = useFormSubmit(form, async (body) => {
    const r = await call(awards[':id'].contributions.$post({ param: { id: award.awardId }, json: body }));
    onDone(r.added, r.alreadyRecorded);
  });
  return (
    <Dialog
      open
      title={t('awards.monthsTitle', { name: award.name })}
      onClose={onClose}
      dismissible={!pending}
      testId="months-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField form={form} name="fromMonth" type="month" label={t('awards.fromMonth')} required />
        <TextField
          form={form}
          name="toMonth"
          type="month"
          label={t('awards.toMonth')}
          hint={t('awards.monthsHint')}
          required
        />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('awards.confirmMonths')}
          submitTestId="months-dialog-submit"
        />
      </form>
    </Dialog>
  );
}

function DepartureDialog({
  award,
  onDone,
  onClose,
}: {
  award: AwardItem;
  onDone: (result: DepartureResult) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useZodForm(departureReportSchema, { defaultValues: { departedOn: todayInChina() } });
  const [confirming, setConfirming] = useState<string | null>(null);
  const { onSubmit, pending, error } = useFormSubmit(form, ({ departedOn }) => setConfirming(departedOn));
  const report = async () => {
    if (!confirming) return;
    onDone(await reportDeparture(award, confirming));
  };
  return (
    <>
      <Dialog
        open={confirming === null}
        title={t('awards.departureTitle', { name: award.name })}
        onClose={onClose}
        dismissible={!pending}
        testId="departure-dialog"
      >
        <form onSubmit={onSubmit} noValidate className="form">
          <TextField
            form={form}
            name="departedOn"
            type="date"
            label={t('awards.departureDate')}
            hint={t('awards.departureHint')}
            required
          />
          <DialogFormActions
            error={error}
            pending={pending}
            onCancel={onClose}
            submitLabel={t('awards.reportDeparture')}
            submitTestId="departure-dialog-submit"
          />
        </form>
      </Dialog>
      <ConfirmDialog
        open={confirming !== null}
        tone="danger"
        title={t('awards.departureTitle', { name: award.name })}
        message={confirming ? t('awards.departureConfirm', { name: award.name, date: confirming }) : ''}
        confirmLabel={t('awards.reportDeparture')}
        onConfirm={report}
        onCancel={() => setConfirming(null)}
        testId="departure-confirm"
      />
    </>
  );
}

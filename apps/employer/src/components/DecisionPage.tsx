import type { Tier } from '@talent/domain';
import {
  Badge,
  ConfirmDialog,
  DataTable,
  type DataTableFetcher,
  FilterSelect,
  Notice,
  PageHeader,
  ReasonDialog,
  type Tone,
  useI18n,
  useUrlFilter,
} from '@talent/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { type ReactNode, useMemo, useState } from 'react';
import { tierText } from './labels';
import { organisationKey } from './useOrganisation';
import { useVerified, VerificationNotice } from './VerificationNotice';

/** What the organisation answers: a row it may accept or decline (with a reason) while `canDecide`. */
export type DecisionRow<S extends string> = {
  number: string;
  name: string;
  tier: Tier | null;
  status: S;
  reason: string | null;
  canDecide: boolean;
  version: number;
};

/** One kind of request an organisation decides, as its page shows and sends it. */
export type DecisionKind<Row extends DecisionRow<S>, S extends string> = {
  title: string;
  intro: string;
  /** The list's API path segments: its cache key, invalidated (with the organisation) by an answer. */
  queryKey: readonly string[];
  load: (
    query: Parameters<DataTableFetcher<Row>>[0] & { status: S | undefined },
    signal: AbortSignal,
  ) => ReturnType<DataTableFetcher<Row>>;
  rowId: (row: Row) => string;
  defaultSort: { id: string; order: 'asc' | 'desc' };
  statuses: readonly S[];
  statusTone: Record<S, Tone>;
  statusHeader: string;
  statusText: (status: S) => string;
  /** Below the status badge, e.g. why a pending row cannot be decided. */
  statusNote?: (row: Row) => ReactNode;
  /** The columns between the graduate's tier and the status. */
  // biome-ignore lint/suspicious/noExplicitAny: columns of different value types, as TanStack's own examples type them
  columns: ColumnDef<Row, any>[];
  numberCell?: (row: Row) => ReactNode;
  /** Above the table, under the verification notice. */
  aside?: ReactNode;
  accept: {
    label: string;
    title: string;
    message: (row: Row) => string;
    done: (row: Row) => string;
    send: (row: Row) => Promise<unknown>;
  };
  decline: {
    title: string;
    summary: (row: Row) => ReactNode;
    done: (row: Row) => string;
    send: (row: Row, reason: string) => Promise<unknown>;
  };
  /** data-testid stems: the table's, the status badge's, the accept button's and the "done" notice's. */
  testIds: { table: string; status: string; accept: string; done: string; filter: string };
};

/**
 * The page on which an organisation answers graduates' requests (collective-household places,
 * reported jobs): a filtered list, accept with a confirmation, decline with a reason. Until the
 * bureau verifies the organisation the buttons are disabled (the API would answer 409).
 */
export function DecisionPage<Row extends DecisionRow<S>, S extends string>({
  kind,
}: {
  kind: DecisionKind<Row, S>;
}) {
  const { t } = useI18n();
  const verified = useVerified();
  const queryClient = useQueryClient();
  const [status, setStatus] = useUrlFilter('status', kind.statuses);
  const [accepting, setAccepting] = useState<Row | null>(null);
  const [declining, setDeclining] = useState<Row | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // the answer changes the list, the home page's count and (a member accepted) the places left
  const answered = (message: string) => {
    setAccepting(null);
    setDeclining(null);
    setDone(message);
    void queryClient.invalidateQueries({ queryKey: kind.queryKey });
    void queryClient.invalidateQueries({ queryKey: organisationKey });
  };

  const columns = useMemo(() => {
    const col = createColumnHelper<Row>();
    return [
      col.accessor((row) => row.number, {
        id: 'number',
        header: t('employer.applicationNumber'),
        cell: (i) => kind.numberCell?.(i.row.original) ?? <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor((row) => row.name, {
        id: 'name',
        header: t('employer.graduateName'),
        enableSorting: false,
      }),
      col.accessor((row) => row.tier, {
        id: 'tier',
        header: t('employer.tier'),
        enableSorting: false,
        cell: (i) => tierText(t, i.getValue()),
        meta: { csv: (row) => tierText(t, row.tier) },
      }),
      ...kind.columns,
      col.accessor((row) => row.status, {
        id: 'status',
        header: kind.statusHeader,
        cell: (i) => {
          const row = i.row.original;
          return (
            <>
              <Badge tone={kind.statusTone[row.status]} testId={`${kind.testIds.status}-${row.number}`}>
                {kind.statusText(row.status)}
              </Badge>
              {row.reason && <div className="muted">{row.reason}</div>}
              {kind.statusNote?.(row)}
            </>
          );
        },
        meta: { csv: (row) => kind.statusText(row.status) },
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
                data-testid={`${kind.testIds.accept}-${row.number}`}
              >
                {kind.accept.label}
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
  }, [t, kind, verified]);

  return (
    <div className="page">
      <PageHeader title={kind.title}>
        <p className="muted">{kind.intro}</p>
      </PageHeader>
      <VerificationNotice />
      {kind.aside}
      {done && (
        <Notice tone="success" testId={kind.testIds.done}>
          {done}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={(query, signal) => kind.load({ ...query, status }, signal)}
        queryKey={[...kind.queryKey, { status }]}
        caption={kind.title}
        getRowId={kind.rowId}
        defaultSort={kind.defaultSort}
        testId={kind.testIds.table}
        toolbar={
          <FilterSelect
            label={kind.statusHeader}
            value={status}
            options={kind.statuses.map((s) => ({ value: s, label: kind.statusText(s) }))}
            onChange={setStatus}
            testId={kind.testIds.filter}
          />
        }
      />
      <ConfirmDialog
        open={accepting !== null}
        title={kind.accept.title}
        message={accepting ? kind.accept.message(accepting) : ''}
        confirmLabel={kind.accept.label}
        onConfirm={async () => {
          if (!accepting) return;
          await kind.accept.send(accepting);
          answered(kind.accept.done(accepting));
        }}
        onCancel={() => setAccepting(null)}
        testId={`${kind.testIds.accept}-dialog`}
      />
      {declining && (
        <ReasonDialog
          hint={t('employer.reasonHint')}
          title={kind.decline.title}
          summary={kind.decline.summary(declining)}
          submitLabel={t('employer.decline')}
          onSubmit={async (reason) => {
            await kind.decline.send(declining, reason);
            answered(kind.decline.done(declining));
          }}
          onClose={() => setDeclining(null)}
          testId="decline-dialog"
        />
      )}
    </div>
  );
}

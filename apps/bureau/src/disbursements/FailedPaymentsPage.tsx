import { formatFen, subsidyClaimInputSchema } from '@talent/domain';
import {
  apiFetch,
  DataTable,
  type DataTableFetcher,
  Dialog,
  FormError,
  formatDateTime,
  Notice,
  PageHeader,
  SubmitButton,
  TextField,
  useCurrentUser,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { formatDate } from '../labels';
import type { FailedLine, FailedPage } from './types';

/**
 * Payments the bank refused (name or account mismatch, closed account): the payee's account checked
 * and, when wrong, corrected on the claim (audited), and the instalment scheduled for the next batch.
 */
export function FailedPaymentsPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const mayAct = user.roles.includes('finance') || user.roles.includes('reviewer');
  const [reissuing, setReissuing] = useState<FailedLine | null>(null);
  const [done, setDone] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);

  const fetcher = useCallback<DataTableFetcher<FailedLine>>(
    (query, signal) =>
      apiFetch<FailedPage>('/api/disbursements/failed-lines', {
        query: { page: query.page, pageSize: query.pageSize },
        signal,
      }),
    [],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<FailedLine>();
    const money = (fen: number) => formatFen(fen, locale);
    return [
      col.accessor('claimNumber', {
        header: t('failed.claim'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('payeeName', { header: t('batch.payee'), enableSorting: false }),
      col.accessor('bankName', { header: t('batch.bank'), enableSorting: false }),
      col.accessor('account', {
        header: t('batch.account'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('amountFen', {
        header: t('batch.amount'),
        enableSorting: false,
        cell: (i) => money(i.getValue()),
        meta: { className: 'num', csv: (row) => money(row.amountFen) },
      }),
      col.accessor('dueDate', {
        header: t('batch.dueDate'),
        enableSorting: false,
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('batchNumber', {
        header: t('failed.batch'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? '—',
      }),
      col.accessor('failureReason', {
        header: t('batch.reason'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? '',
      }),
      col.accessor('reissuedCount', {
        header: t('failed.reissued'),
        enableSorting: false,
        meta: { className: 'num' },
      }),
      col.accessor('failedAt', {
        header: t('lineResult.failed'),
        enableSorting: false,
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.failedAt, locale) },
      }),
      col.display({
        id: 'act',
        header: '',
        cell: (i) =>
          mayAct && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setReissuing(i.row.original)}
              data-testid={`reissue-${i.row.original.id}`}
            >
              {t('failed.reissue')}
            </button>
          ),
        meta: { csv: () => '' },
      }),
    ];
  }, [t, locale, mayAct]);

  return (
    <div className="page">
      <PageHeader title={t('failed.title')} />
      <p className="hint">{t('failed.intro')}</p>
      {done && (
        <Notice tone="success" testId="reissue-done">
          {t('failed.done')}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('failed.title')}
        getRowId={(row) => row.id}
        reloadKey={reloadKey}
        exportFileName={t('failed.exportName')}
        testId="failed-table"
      />
      {reissuing && (
        <ReissueDialog
          line={reissuing}
          onClose={() => setReissuing(null)}
          onDone={() => {
            setReissuing(null);
            setDone(true);
            setReloadKey((k) => k + 1);
          }}
        />
      )}
    </div>
  );
}

const reissueSchema = z.object({
  correct: z.boolean(),
  bankName: z.string(),
  bankAccount: z.string(),
});

function ReissueDialog({
  line,
  onClose,
  onDone,
}: {
  line: FailedLine;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const form = useZodForm(reissueSchema, {
    defaultValues: { correct: true, bankName: line.bankName, bankAccount: '' },
  });
  const correct = form.watch('correct');
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    let account: { bankName: string; bankAccount: string } | undefined;
    if (values.correct) {
      const parsed = subsidyClaimInputSchema.pick({ bankName: true, bankAccount: true }).safeParse(values);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          form.setError(issue.path[0] as 'bankName' | 'bankAccount', { message: issue.message });
        }
        return;
      }
      account = parsed.data;
    }
    await apiFetch(`/api/disbursements/failed-lines/${encodeURIComponent(line.id)}/reissue`, {
      method: 'POST',
      body: { version: line.version, ...(account ? { account } : {}) },
    });
    onDone();
  });
  return (
    <Dialog
      open
      title={t('failed.reissueTitle', { amount: formatFen(line.amountFen, locale) })}
      onClose={onClose}
      dismissible={!pending}
      testId="reissue-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <p>
          {line.payeeName} · {line.bankName} <span className="mono">{line.account}</span> —{' '}
          {line.failureReason}
        </p>
        <label className="checkbox">
          <input type="checkbox" {...form.register('correct')} data-testid="correct-account" />{' '}
          {t('failed.correct')}
        </label>
        <p className="hint">{t('failed.correctHint')}</p>
        {correct && (
          <>
            <TextField form={form} name="bankName" label={t('failed.bankName')} required testId="bank-name" />

            <TextField
              form={form}
              name="bankAccount"
              label={t('failed.bankAccount')}
              inputMode="numeric"
              required
              testId="bank-account"
            />
          </>
        )}
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            {t('action.cancel')}
          </button>
          <SubmitButton pending={pending} testId="confirm-reissue">
            {t('failed.submit')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}

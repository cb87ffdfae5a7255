import { formatFen, mayCall, subsidyClaimInputSchema } from '@talent/domain';
import {
  api,
  apiErrorText,
  call,
  DataTable,
  type DataTableFetcher,
  Dialog,
  FormError,
  formatDate,
  formatDateTime,
  isApiError,
  Notice,
  PageHeader,
  SubmitButton,
  TextField,
  useCurrentUser,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import type { AccountChange, FailedLine } from './types';

type Dialogs = { kind: 'change' | 'reissue'; line: FailedLine } | null;

/**
 * Payments the bank refused (name or account mismatch, closed account): a wrong account is entered
 * anew by one staff member from the applicant's evidence and verified by another before the claim
 * carries it (nothing pays to an unverified account); the instalment is then scheduled for the next
 * batch. A payment of an award that stopped (a departure) is not reissued.
 */
export function FailedPaymentsPage() {
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const mayAct = mayCall('POST /api/disbursements/failed-lines/{id}/reissue', user);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [done, setDone] = useState<{ tone: 'success' | 'error'; text: string; testId: string } | null>(null);
  const queryClient = useQueryClient();
  const pendingChanges = useQuery({
    queryKey: ['payee-account-changes', { state: 'pending' }],
    queryFn: ({ signal }) =>
      call(
        api['payee-account-changes'].$get(
          { query: { state: 'pending', page: 1, pageSize: 50 } },
          { init: { signal } },
        ),
      ),
  });
  const changes = pendingChanges.isError ? [] : (pendingChanges.data?.items ?? []);
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['payee-account-changes'] });
    void queryClient.invalidateQueries({ queryKey: ['disbursements', 'failed-lines'] });
  };

  const fetcher = useCallback<DataTableFetcher<FailedLine>>(
    (query, signal) =>
      call(
        api.disbursements['failed-lines'].$get(
          { query: { page: query.page, pageSize: query.pageSize } },
          { init: { signal } },
        ),
      ),
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
        cell: (i) => {
          const line = i.row.original;
          if (line.awardStopped) return <span className="hint">{t('failed.awardStopped')}</span>;
          return (
            mayAct && (
              <span className="page-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setDialog({ kind: 'change', line })}
                  data-testid={`change-account-${line.id}`}
                >
                  {t('failed.changeAccount')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setDialog({ kind: 'reissue', line })}
                  data-testid={`reissue-${line.id}`}
                >
                  {t('failed.reissue')}
                </button>
              </span>
            )
          );
        },
        meta: { csv: (row) => (row.awardStopped ? t('failed.awardStopped') : '') },
      }),
    ];
  }, [t, locale, mayAct]);

  const finished = (text: string, testId: string) => {
    setDialog(null);
    setDone({ tone: 'success', text, testId });
    reload();
  };
  const verify = async (change: AccountChange) => {
    try {
      await call(
        api['payee-account-changes'][':id'].verify.$post({
          param: { id: change.id },
          json: { version: change.version },
        }),
      );
      finished(t('changes.verified'), 'change-verified');
    } catch (e) {
      setDone({
        tone: 'error',
        text: isApiError(e) ? apiErrorText(e, tKey) : t('error.internal'),
        testId: 'change-error',
      });
      reload();
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('failed.title')} />
      <p className="hint">{t('failed.intro')}</p>
      {done && (
        <Notice tone={done.tone} testId={done.testId}>
          {done.text}
        </Notice>
      )}
      {mayAct && (
        <section aria-labelledby="pending-changes">
          <h2 id="pending-changes">{t('changes.title')}</h2>
          {changes.length === 0 ? (
            <p className="hint">{t('changes.none')}</p>
          ) : (
            <ul data-testid="pending-changes">
              {changes.map((c) => (
                <li key={c.id}>
                  {t('changes.line', {
                    claim: c.claimNumber,
                    payee: c.payeeName,
                    fromBank: c.currentBankName,
                    from: c.currentAccount,
                    bank: c.bankName,
                    to: c.account,
                    evidence: c.evidence ?? '—',
                    by: c.enteredBy.kind === 'applicant' ? t('changes.byApplicant') : c.enteredBy.name,
                  })}{' '}
                  <button
                    type="button"
                    className="button button-small button-primary"
                    disabled={!c.canVerify}
                    title={c.canVerify ? undefined : t('changes.ownEntry')}
                    onClick={() => void verify(c)}
                    data-testid={`verify-change-${c.id}`}
                  >
                    {t('changes.verify')}
                  </button>
                  {!c.canVerify && <span className="hint"> {t('changes.ownEntry')}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('failed.title')}
        getRowId={(row) => row.id}
        queryKey={['disbursements', 'failed-lines']}
        exportFileName={t('failed.exportName')}
        testId="failed-table"
      />
      {dialog?.kind === 'reissue' && (
        <ReissueDialog
          line={dialog.line}
          onClose={() => setDialog(null)}
          onDone={() => finished(t('failed.done'), 'reissue-done')}
        />
      )}
      {dialog?.kind === 'change' && (
        <AccountChangeDialog
          line={dialog.line}
          onClose={() => setDialog(null)}
          onDone={() => finished(t('failed.changeDone'), 'change-done')}
        />
      )}
    </div>
  );
}

type DialogProps = { line: FailedLine; onClose: () => void; onDone: () => void };

function ReissueDialog({ line, onClose, onDone }: DialogProps) {
  const { t, locale } = useI18n();
  const form = useZodForm(z.object({}), { defaultValues: {} });
  const { onSubmit, pending, error } = useFormSubmit(form, async () => {
    await call(
      api.disbursements['failed-lines'][':id'].reissue.$post({
        param: { id: line.id },
        json: { version: line.version },
      }),
    );
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
        <p className="hint">{t('failed.reissueHint')}</p>
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

const changeSchema = subsidyClaimInputSchema.pick({ bankName: true, bankAccount: true }).extend({
  evidence: z.string().trim().min(2, 'validation.reason.length').max(500, 'validation.reason.length'),
});

function AccountChangeDialog({ line, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const form = useZodForm(changeSchema, {
    defaultValues: { bankName: line.bankName, bankAccount: '', evidence: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    await call(api['payee-account-changes'].$post({ json: { claimId: line.claimId, ...values } }));
    onDone();
  });
  return (
    <Dialog
      open
      title={t('failed.changeTitle')}
      onClose={onClose}
      dismissible={!pending}
      testId="change-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <p>
          {line.payeeName} · {line.bankName} <span className="mono">{line.account}</span> —{' '}
          {line.failureReason}
        </p>
        <p className="hint">{t('failed.changeHint')}</p>
        <TextField form={form} name="bankName" label={t('failed.bankName')} required testId="bank-name" />
        <TextField
          form={form}
          name="bankAccount"
          label={t('failed.bankAccount')}
          inputMode="numeric"
          required
          testId="bank-account"
        />
        <TextField form={form} name="evidence" label={t('failed.evidence')} required testId="evidence" />
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            {t('action.cancel')}
          </button>
          <SubmitButton pending={pending} testId="confirm-change">
            {t('failed.changeSubmit')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}

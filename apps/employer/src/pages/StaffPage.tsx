import { employerStaffCreateSchema } from '@talent/domain';
import {
  api,
  Badge,
  call,
  DataTable,
  Dialog,
  DialogFormActions,
  formatDateTime,
  isApiError,
  Notice,
  PageHeader,
  type PageQuery,
  PasswordField,
  TextField,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';

const staff = api.employer.staff;
const staffKey = ['employer', 'staff'];

function loadStaff(query: PageQuery, signal: AbortSignal) {
  return call(staff.$get({ query }, { init: { signal } }));
}

type StaffItem = Awaited<ReturnType<typeof loadStaff>>['items'][number];

export function StaffPage() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const columns = useMemo(() => {
    const col = createColumnHelper<StaffItem>();
    return [
      col.accessor('name', { header: t('employer.staffName') }),
      col.accessor('mobile', { header: t('employer.staffMobile'), enableSorting: false }),
      col.accessor('role', {
        header: t('employer.staffRole'),
        cell: (i) => (
          <Badge tone={i.getValue() === 'admin' ? 'info' : 'neutral'}>
            {t(`employerRole.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => t(`employerRole.${row.role}`) },
      }),
      col.accessor('disabled', {
        id: 'status',
        header: t('staff.status'),
        enableSorting: false,
        cell: (i) =>
          i.getValue() ? (
            <Badge tone="error">{t('staff.disabled')}</Badge>
          ) : (
            <Badge tone="success">{t('staff.active')}</Badge>
          ),
        meta: { csv: (row) => (row.disabled ? t('staff.disabled') : t('staff.active')) },
      }),
      col.accessor('createdAt', {
        header: t('staff.createdAt'),
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.createdAt, locale) },
      }),
    ];
  }, [t, locale]);

  return (
    <div className="page">
      <PageHeader
        title={t('employer.staffTitle')}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setDone(null);
              setCreating(true);
            }}
            data-testid="create-staff"
          >
            {t('employer.staffCreate')}
          </button>
        }
      />
      {done && (
        <Notice tone="success" testId="staff-done">
          {done}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={loadStaff}
        caption={t('employer.staffTitle')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'createdAt', order: 'asc' }}
        queryKey={staffKey}
        testId="staff-table"
      />
      {creating && (
        <CreateStaffDialog
          onClose={() => setCreating(false)}
          onCreated={(item) => {
            setCreating(false);
            setDone(t('employer.staffCreated', { name: item.name }));
            void queryClient.invalidateQueries({ queryKey: staffKey });
          }}
        />
      )}
    </div>
  );
}

function CreateStaffDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (item: StaffItem) => void;
}) {
  const { t } = useI18n();
  const form = useZodForm(employerStaffCreateSchema, {
    defaultValues: { name: '', mobile: '', password: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(
    form,
    async (values) => {
      const { item } = await call(staff.$post({ json: values }));
      onCreated(item);
    },
    {
      onError: (e) => {
        if (!isApiError(e) || e.code !== 'conflict') return false;
        form.setError('mobile', { type: 'server', message: 'employer.mobileTaken' }, { shouldFocus: true });
        return true;
      },
    },
  );
  return (
    <Dialog
      open
      title={t('employer.staffCreateTitle')}
      onClose={onClose}
      dismissible={!pending}
      testId="create-staff-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          form={form}
          name="name"
          label={t('employer.staffName')}
          autoComplete="off"
          autoFocus
          required
        />
        <TextField
          form={form}
          name="mobile"
          label={t('employer.staffMobileLogin')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          required
        />
        <PasswordField
          form={form}
          name="password"
          label={t('staff.initialPassword')}
          hint={t('staff.initialPasswordHint')}
          autoComplete="new-password"
          required
        />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('employer.staffCreate')}
          submitTestId="create-staff-submit"
        />
      </form>
    </Dialog>
  );
}

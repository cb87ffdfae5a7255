import { bureauAccountCreateSchema, bureauRoles } from '@talent/domain';
import {
  type Audience,
  apiFetch,
  Badge,
  CheckboxGroup,
  ConfirmDialog,
  DataTable,
  type DataTableFetcher,
  Dialog,
  DialogFormActions,
  formatDateTime,
  isApiError,
  Notice,
  PageHeader,
  PasswordField,
  TextField,
  type TFunction,
  type TranslationKey,
  useCurrentUser,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StaffItem, StaffItemBody, StaffPage as StaffPageBody } from '../apiTypes';
import { StaffRecoveryActions } from './StaffRecoveryActions';

/** Admins manage staff accounts; auditors read everything and change nothing. */
export const staffAudience: Audience = { kinds: ['bureau'], roles: ['admin', 'auditor'] };

const roleOptions = (t: TFunction) => bureauRoles.map((role) => ({ value: role, label: t(`role.${role}`) }));
const roleKey = (role: StaffItem['roles'][number]): TranslationKey => `role.${role}`;

export function StaffPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const canEdit = user.roles.includes('admin');
  const [reloadKey, setReloadKey] = useState(0);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffItem | null>(null);
  const [toggling, setToggling] = useState<StaffItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reload = () => setReloadKey((k) => k + 1);

  const fetcher = useCallback<DataTableFetcher<StaffItem>>(
    (query, signal) => apiFetch<StaffPageBody>('/api/bureau/staff', { query, signal }),
    [],
  );

  const columns = useMemo(() => {
    const col = createColumnHelper<StaffItem>();
    const base = [
      col.accessor('username', {
        header: t('staff.username'),
        cell: (info) => (
          <>
            <span className="mono">{info.getValue()}</span>
            {info.row.original.id === user.id && <span className="muted"> {t('staff.you')}</span>}
          </>
        ),
      }),
      col.accessor('name', { header: t('staff.name') }),
      col.accessor('residentId', {
        header: t('staff.residentId'),
        enableSorting: false,
        cell: (info) => <span className="mono">{info.getValue() ?? t('staff.residentIdMissing')}</span>,
        meta: { csv: (row) => row.residentId ?? '' },
      }),
      col.accessor('roles', {
        header: t('staff.roles'),
        enableSorting: false,
        cell: (info) => (
          <span className="badges">
            {info.getValue().map((role) => (
              <Badge key={role} tone={role === 'admin' ? 'info' : 'neutral'}>
                {t(roleKey(role))}
              </Badge>
            ))}
            {info.row.original.pendingRoles.map((role) => (
              <Badge key={`pending-${role}`} tone="warning">
                {t('staff.pendingRole', { role: t(roleKey(role)) })}
              </Badge>
            ))}
          </span>
        ),
        meta: { csv: (row) => row.roles.map((role) => t(roleKey(role))).join(t('list.separator')) },
      }),
      col.accessor('disabled', {
        id: 'status',
        header: t('staff.status'),
        enableSorting: false,
        cell: (info) =>
          info.getValue() ? (
            <Badge tone="error">{t('staff.disabled')}</Badge>
          ) : (
            <Badge tone="success">{t('staff.active')}</Badge>
          ),
        meta: { csv: (row) => (row.disabled ? t('staff.disabled') : t('staff.active')) },
      }),
      col.accessor('createdAt', {
        header: t('staff.createdAt'),
        cell: (info) => formatDateTime(info.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.createdAt, locale) },
      }),
    ];
    if (!canEdit) return base;
    return [
      ...base,
      col.display({
        id: 'actions',
        header: t('staff.actions'),
        enableSorting: false,
        meta: { csv: false },
        cell: (info) => {
          const row = info.row.original;
          return (
            <span className="row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => setEditing(row)}
                data-testid={`edit-roles-${row.username}`}
              >
                {t('staff.editRoles')}
                <span className="visually-hidden"> {row.name}</span>
              </button>
              {row.id !== user.id && (
                <button
                  type="button"
                  className={`button button-small${row.disabled ? '' : ' button-danger-quiet'}`}
                  onClick={() => setToggling(row)}
                  data-testid={`toggle-disabled-${row.username}`}
                >
                  {row.disabled ? t('staff.enable') : t('staff.disable')}
                  <span className="visually-hidden"> {row.name}</span>
                </button>
              )}
              {row.id !== user.id && <StaffRecoveryActions staff={row} onDone={setDone} />}
            </span>
          );
        },
      }),
    ];
  }, [t, locale, canEdit, user.id]);

  const toggle = async () => {
    if (!toggling) return;
    const { item } = await apiFetch<StaffItemBody>(`/api/bureau/staff/${encodeURIComponent(toggling.id)}`, {
      method: 'PATCH',
      body: { disabled: !toggling.disabled },
    });
    setDone(t(item.disabled ? 'staff.disabledDone' : 'staff.enabledDone', { name: item.name }));
    setToggling(null);
    reload();
  };

  return (
    <div className="page">
      <PageHeader
        title={t('staff.title')}
        actions={
          canEdit && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setDone(null);
                setCreating(true);
              }}
              data-testid="create-staff"
            >
              {t('staff.create')}
            </button>
          )
        }
      />
      {!canEdit && (
        <Notice tone="neutral" testId="read-only">
          {t('staff.readOnly')}
        </Notice>
      )}
      {done && (
        <Notice tone="success" testId="staff-done">
          {done}
        </Notice>
      )}
      <PendingGrants
        reloadKey={reloadKey}
        canDecide={canEdit}
        onDecided={(message) => {
          setDone(message);
          reload();
        }}
      />
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('staff.title')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'username', order: 'asc' }}
        searchLabel={t('staff.searchLabel')}
        reloadKey={reloadKey}
        exportFileName={t('staff.exportName')}
        testId="staff-table"
      />
      {creating && (
        <CreateStaffDialog
          onClose={() => setCreating(false)}
          onCreated={(item) => {
            setCreating(false);
            setDone(t('staff.created', { username: item.username }));
            reload();
          }}
        />
      )}
      {editing && (
        <EditRolesDialog
          staff={editing}
          onClose={() => setEditing(null)}
          onSaved={(item) => {
            setEditing(null);
            setDone(t('staff.rolesSaved', { name: item.name }));
            reload();
          }}
        />
      )}
      <ConfirmDialog
        open={toggling !== null}
        title={toggling?.disabled ? t('staff.enableTitle') : t('staff.disableTitle')}
        message={
          toggling
            ? t(toggling.disabled ? 'staff.enableConfirm' : 'staff.disableConfirm', {
                name: toggling.name,
                username: toggling.username,
              })
            : ''
        }
        confirmLabel={toggling?.disabled ? t('staff.enable') : t('staff.disable')}
        tone={toggling?.disabled ? 'primary' : 'danger'}
        onConfirm={toggle}
        onCancel={() => setToggling(null)}
        testId="toggle-disabled-dialog"
      />
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
  const form = useZodForm(bureauAccountCreateSchema, {
    defaultValues: { username: '', name: '', roles: [], password: '', residentId: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(
    form,
    async (values) => {
      const { item } = await apiFetch<StaffItemBody>('/api/bureau/staff', { method: 'POST', body: values });
      onCreated(item);
    },
    {
      onError: (e) => {
        if (!isApiError(e) || e.code !== 'conflict') return false;
        // one person, one active account (decision 0008): the server's sentence says which clash it is
        if (e.message.includes('身份证') || e.message.toLowerCase().includes('resident id')) return false;
        form.setError('username', { type: 'server', message: 'staff.duplicate' }, { shouldFocus: true });
        return true;
      },
    },
  );
  return (
    <Dialog
      open
      title={t('staff.createTitle')}
      onClose={onClose}
      dismissible={!pending}
      testId="create-staff-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          form={form}
          name="username"
          label={t('staff.username')}
          autoComplete="off"
          autoFocus
          required
        />
        <TextField form={form} name="name" label={t('staff.name')} autoComplete="off" required />
        <TextField
          form={form}
          name="residentId"
          label={t('staff.residentId')}
          hint={t('staff.residentIdHint')}
          autoComplete="off"
          required
        />
        <CheckboxGroup form={form} name="roles" label={t('staff.roles')} options={roleOptions(t)} required />
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
          submitLabel={t('staff.create')}
          submitTestId="create-staff-submit"
        />
      </form>
    </Dialog>
  );
}

const rolesSchema = bureauAccountCreateSchema.pick({ roles: true });

function EditRolesDialog({
  staff,
  onClose,
  onSaved,
}: {
  staff: StaffItem;
  onClose: () => void;
  onSaved: (item: StaffItem) => void;
}) {
  const { t } = useI18n();
  const form = useZodForm(rolesSchema, { defaultValues: { roles: [...staff.roles] } });
  const { onSubmit, pending, error } = useFormSubmit(form, async ({ roles }) => {
    const { item } = await apiFetch<StaffItemBody>(`/api/bureau/staff/${encodeURIComponent(staff.id)}`, {
      method: 'PATCH',
      body: { roles },
    });
    onSaved(item);
  });
  return (
    <Dialog
      open
      title={t('staff.editRolesTitle', { name: staff.name, username: staff.username })}
      onClose={onClose}
      dismissible={!pending}
      testId="edit-roles-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <CheckboxGroup form={form} name="roles" label={t('staff.roles')} options={roleOptions(t)} required />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('action.save')}
          submitTestId="edit-roles-submit"
        />
      </form>
    </Dialog>
  );
}

type Grant = {
  id: string;
  userId: string;
  username: string;
  name: string;
  role: StaffItem['roles'][number];
  requestedBy: { id: string; name: string };
  requestedAt: string;
  ownRequest: boolean;
};

/** Elevated roles awaiting a second admin (decision 0008): another admin confirms or refuses here. */
function PendingGrants({
  reloadKey,
  canDecide,
  onDecided,
}: {
  reloadKey: number;
  canDecide: boolean;
  onDecided: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const [grants, setGrants] = useState<Grant[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void reloadKey;
    apiFetch<{ items: Grant[] }>('/api/bureau/staff-grants').then(
      (body) => live && setGrants(body.items),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [reloadKey]);
  const decide = async (grant: Grant, decision: 'confirm' | 'refuse') => {
    setError(null);
    try {
      await apiFetch(`/api/bureau/staff-grants/${encodeURIComponent(grant.id)}/${decision}`, {
        method: 'POST',
      });
      onDecided(t(decision === 'confirm' ? 'staff.grantConfirmed' : 'staff.grantRefused'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (grants === null || grants.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-grants-title" data-testid="pending-grants">
      <h2 id="pending-grants-title">{t('staff.grantsTitle')}</h2>
      <p className="muted">{t('staff.grantsIntro')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <ul className="plain-list">
        {grants.map((g) => (
          <li key={g.id} data-testid={`grant-${g.username}-${g.role}`}>
            <strong>
              {t('staff.grantFor', { name: g.name, username: g.username, role: t(roleKey(g.role)) })}
            </strong>{' '}
            <span className="muted">
              {t('staff.grantAskedBy', {
                name: g.requestedBy.name,
                at: formatDateTime(g.requestedAt, locale),
              })}
            </span>{' '}
            {canDecide &&
              (g.ownRequest ? (
                <span className="muted">{t('staff.grantOwn')}</span>
              ) : (
                <button
                  type="button"
                  className="button button-small button-primary"
                  onClick={() => decide(g, 'confirm')}
                >
                  {t('staff.grantConfirm')}
                </button>
              ))}{' '}
            {canDecide && (
              <button
                type="button"
                className="button button-small button-danger-quiet"
                onClick={() => decide(g, 'refuse')}
              >
                {t('staff.grantRefuse')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

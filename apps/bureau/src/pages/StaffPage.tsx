import { mayCall } from '@talent/domain';
import {
  api,
  Badge,
  ConfirmDialog,
  call,
  DataTable,
  type DataTableFetcher,
  formatDateTime,
  Notice,
  PageHeader,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { StaffItem } from '../apiTypes';
import { PendingGrants } from './PendingGrants';
import { CreateStaffDialog, EditRolesDialog } from './StaffDialogs';
import { StaffRecoveryActions } from './StaffRecoveryActions';
import { roleKey } from './staffRoles';

export function StaffPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const canEdit = mayCall('PATCH /api/bureau/staff/{id}', user);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffItem | null>(null);
  const [toggling, setToggling] = useState<StaffItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['bureau', 'staff'] });
    void queryClient.invalidateQueries({ queryKey: ['bureau', 'staff-grants'] });
  };

  const fetcher = useCallback<DataTableFetcher<StaffItem>>(
    (query, signal) => call(api.bureau.staff.$get({ query }, { init: { signal } })),
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
    const { item } = await call(
      api.bureau.staff[':id'].$patch({ param: { id: toggling.id }, json: { disabled: !toggling.disabled } }),
    );
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
        queryKey={['bureau', 'staff']}
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

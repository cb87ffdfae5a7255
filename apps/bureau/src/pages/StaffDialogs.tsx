import { bureauAccountCreateSchema, bureauRoles } from '@talent/domain';
import {
  api,
  CheckboxGroup,
  call,
  Dialog,
  DialogFormActions,
  isApiError,
  PasswordField,
  TextField,
  type TFunction,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import type { StaffItem } from '../apiTypes';

const roleOptions = (t: TFunction) => bureauRoles.map((role) => ({ value: role, label: t(`role.${role}`) }));

/** A new staff account: its roles and an initial password the person changes at the first sign-in. */
export function CreateStaffDialog({
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
      const { item } = await call(api.bureau.staff.$post({ json: values }));
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

/** A staff member's roles; an elevated one waits for a second admin (decision 0008). */
export function EditRolesDialog({
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
    const { item } = await call(api.bureau.staff[':id'].$patch({ param: { id: staff.id }, json: { roles } }));
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

import { registrationSchema, todayInChina } from '@talent/domain';
import {
  api,
  call,
  Dialog,
  DialogFormActions,
  SelectField,
  TextField,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ApplicationView } from '../apiTypes';

export type Registration = { householdNumber: string; policeStationId?: string; registrationDate: string };

/**
 * The registrar's act (二(一)4, 二(二)4): household number, police station (the application's own by
 * default) and the date; recording it issues the move-in permit.
 */
export function RegisterDialog({
  view,
  onSubmit,
  onClose,
}: {
  view: ApplicationView;
  onSubmit: (registration: Registration) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useZodForm(registrationSchema, {
    defaultValues: {
      householdNumber: '',
      policeStationId: view.policeStation?.id ?? '',
      registrationDate: todayInChina(),
    },
  });
  const { data, isError } = useQuery({
    queryKey: ['reference', 'police-stations', { county: view.countyCode }],
    queryFn: ({ signal }) =>
      call(
        api.reference['police-stations'].$get({ query: { county: view.countyCode } }, { init: { signal } }),
      ),
  });
  const stations = isError ? undefined : data?.items;
  // the options arrive after the form: select the application's station again once they are there
  useEffect(() => {
    if (stations?.length && view.policeStation) form.setValue('policeStationId', view.policeStation.id);
  }, [stations, view.policeStation, form]);

  const {
    onSubmit: submit,
    pending,
    error,
  } = useFormSubmit(form, (values) =>
    onSubmit({
      householdNumber: values.householdNumber,
      registrationDate: values.registrationDate,
      ...(values.policeStationId ? { policeStationId: values.policeStationId } : {}),
    }),
  );
  return (
    <Dialog
      open
      title={t('case.register.title')}
      onClose={onClose}
      dismissible={!pending}
      testId="register-dialog"
    >
      <form onSubmit={submit} noValidate className="form">
        <p className="dialog-summary">{t('case.register.note')}</p>
        <TextField
          form={form}
          name="householdNumber"
          label={t('case.register.householdNumber')}
          hint={t('case.register.householdNumberHint')}
          autoComplete="off"
          autoFocus
          required
        />
        <SelectField
          form={form}
          name="policeStationId"
          label={t('case.register.policeStation')}
          options={(stations ?? []).map((s) => ({ value: s.id, label: s.name }))}
          placeholder
        />
        <TextField
          form={form}
          name="registrationDate"
          type="date"
          label={t('case.register.registrationDate')}
          required
        />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('action.register')}
          submitTestId="register-submit"
        />
      </form>
    </Dialog>
  );
}

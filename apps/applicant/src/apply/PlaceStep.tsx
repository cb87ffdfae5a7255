import { graduatePlaces, greenChannelPlaces, memberRelations } from '@talent/domain';
import { api, call, countyName, countyOptions, SelectField, TextField, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { DraftForm } from './draftForm';

type Form = DraftForm;

/**
 * Where to settle (二(一)4): the five places, each with its own fields; a card holder's green channel
 * offers the workplace's collective household or the actual residence (二(一)5). The county follows from the
 * choice: the employer's county for its collective household, else the county chosen here.
 */
export function PlaceStep({
  form,
  currentEmployer,
}: {
  form: Form;
  currentEmployer?: { id: string; name: string } | null;
}) {
  const { t, tKey, locale } = useI18n();
  const settleAt = form.watch('settleAt');
  const places = form.watch('route') === 'talent_card' ? greenChannelPlaces : graduatePlaces;
  const countyCode = form.watch('countyCode');
  const placeError = form.formState.errors.settleAt?.message;
  // A relative typed in and then another place chosen: nothing of it is kept or checked.
  useEffect(() => {
    if (settleAt && settleAt !== 'relative_residence')
      form.setValue('relative', { name: '', residentId: '', relation: '' });
  }, [settleAt, form]);
  const employers = useQuery({
    queryKey: ['reference', 'collective-employers'],
    queryFn: () => call(api.reference['collective-employers'].$get({ query: {} })),
    enabled: settleAt === 'employer_collective',
  });
  const stations = useQuery({
    queryKey: ['reference', 'police-stations', { county: countyCode }],
    queryFn: () => call(api.reference['police-stations'].$get({ query: { county: countyCode } })),
    enabled: settleAt === 'police_station_collective' && !!countyCode,
  });
  // A select cannot show a value before its option exists: once the options arrive, show the saved choice.
  useEffect(() => {
    if (stations.data) form.setValue('policeStationId', form.getValues('policeStationId'));
  }, [stations.data, form]);
  useEffect(() => {
    if (employers.data) form.setValue('employerId', form.getValues('employerId'));
  }, [employers.data, form]);
  const employerOptions = (employers.data?.items ?? []).map((e) => ({
    value: e.id,
    label: t('apply.employerOption', {
      name: e.name,
      county: countyName(e.countyCode, locale),
      places: e.placesLeft,
    }),
  }));
  if (currentEmployer && !employerOptions.some((o) => o.value === currentEmployer.id)) {
    employerOptions.unshift({ value: currentEmployer.id, label: currentEmployer.name });
  }
  const counties = countyOptions(locale);
  return (
    <div className="wizard-step" data-testid="step-place">
      <fieldset className="field place-options" aria-invalid={placeError ? true : undefined}>
        <legend className="field-label">{t('apply.whereToSettle')}</legend>
        {places.map((place) => (
          <label key={place} className={`place-option${settleAt === place ? ' place-option-selected' : ''}`}>
            <input type="radio" value={place} data-testid={`place-${place}`} {...form.register('settleAt')} />
            <span>
              <strong>{tKey(`place.${place}`)}</strong>
              <span className="place-option-hint">{tKey(`apply.placeHint.${place}`)}</span>
            </span>
          </label>
        ))}
        <p className="field-error" aria-live="polite">
          {placeError ? tKey(placeError) : null}
        </p>
      </fieldset>

      {settleAt === 'employer_collective' && (
        <SelectField
          form={form}
          name="employerId"
          label={t('apply.employer')}
          hint={
            employerOptions.length === 0 && !employers.isFetching
              ? t('apply.noCollectiveEmployers')
              : t('apply.employerHint')
          }
          options={employerOptions}
          placeholder
          required
        />
      )}
      {(settleAt === 'own_residence' ||
        settleAt === 'relative_residence' ||
        settleAt === 'talent_centre_collective' ||
        settleAt === 'police_station_collective') && (
        <SelectField
          form={form}
          name="countyCode"
          label={settleAt === 'talent_centre_collective' ? t('apply.centreCounty') : t('apply.county')}
          options={counties}
          placeholder
          required
        />
      )}
      {settleAt === 'police_station_collective' && (
        <SelectField
          form={form}
          name="policeStationId"
          label={t('apply.policeStation')}
          options={(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          hint={countyCode ? undefined : t('apply.chooseCountyFirst')}
          placeholder
          required
        />
      )}
      {(settleAt === 'own_residence' || settleAt === 'relative_residence') && (
        <TextField
          form={form}
          name="address"
          label={t('apply.address')}
          autoComplete="street-address"
          required
        />
      )}
      {settleAt === 'relative_residence' && (
        <fieldset className="subform">
          <legend>{t('apply.relative')}</legend>
          <TextField
            form={form}
            name="relative.name"
            testId="relative-name"
            label={t('apply.relativeName')}
            required
          />
          <TextField
            form={form}
            name="relative.residentId"
            testId="relative-residentId"
            label={t('apply.relativeResidentId')}
            hint={t('apply.reenterId')}
            maxLength={18}
            autoComplete="off"
            required
          />
          <SelectField
            form={form}
            name="relative.relation"
            testId="relative-relation"
            label={t('apply.relation')}
            options={memberRelations.map((r) => ({ value: r, label: tKey(`relation.${r}`) }))}
            placeholder
            required
          />
        </fieldset>
      )}
    </div>
  );
}

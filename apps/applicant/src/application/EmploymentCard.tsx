import { employmentReportSchema } from '@talent/domain';
import {
  api,
  Badge,
  Card,
  call,
  Facts,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  type Tone,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApplicationView } from '../queries';

const tones: Record<string, Tone> = {
  not_yet: 'warning',
  reported: 'info',
  confirmed: 'success',
  declined: 'error',
  missed: 'neutral',
};

/**
 * Work later (二(一)4): settled, and employment reported / confirmed / not yet, with the day the
 * window closes; while it is open and nothing awaits the employer, the graduate reports the job.
 */
export function EmploymentCard({
  view,
  onChange,
}: {
  view: ApplicationView;
  onChange: (view: ApplicationView) => void;
}) {
  const { t, tKey } = useI18n();
  const employment = view.employment;
  if (!employment) return null;
  const canReport = view.availableActions.includes('report_employment');
  return (
    <Card title={t('employment.title')} testId="employment-card">
      <p>
        <Badge tone={tones[employment.status] ?? 'neutral'} testId="employment-status">
          {tKey(`employment.status.${employment.status}`)}
        </Badge>
      </p>
      <Facts
        items={[
          {
            label: t('employment.closesOn'),
            value: employment.closesOn ?? '—',
            testId: 'employment-closes-on',
          },
          ...(employment.report
            ? [
                {
                  label: t('employment.employer'),
                  value: employment.report.employer.name,
                  testId: 'employment-employer',
                },
                { label: t('employment.position'), value: employment.report.position },
                { label: t('employment.contractStart'), value: employment.report.contractStart },
                {
                  label: t('employment.contractMonths'),
                  value: t('employment.months', { n: employment.report.contractMonths }),
                },
              ]
            : []),
          ...(employment.report?.decisionReason
            ? [
                {
                  label: t('employment.declinedReason'),
                  value: employment.report.decisionReason,
                  testId: 'employment-declined-reason',
                },
              ]
            : []),
        ]}
      />
      {employment.status === 'missed' && <p className="muted">{t('employment.missedNote')}</p>}
      {canReport && <ReportForm view={view} onChange={onChange} />}
    </Card>
  );
}

function ReportForm({
  view,
  onChange,
}: {
  view: ApplicationView;
  onChange: (view: ApplicationView) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const employers = useQuery({
    queryKey: ['reference', 'employers', { q: query }],
    queryFn: () => call(api.reference.employers.$get({ query: { q: query } })),
    // the list on screen stays while the next search loads
    placeholderData: keepPreviousData,
  });
  const form = useZodForm(employmentReportSchema, {
    defaultValues: { employerId: '', contractStart: '', contractMonths: 36, position: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    const { item } = await call(
      api.settlements[':id'].events.$post({
        param: { id: view.id },
        json: { ...values, event: 'report_employment', version: view.version },
      }),
    );
    onChange(item);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form" data-testid="employment-form">
      <h3 className="card-subtitle">{t('employment.report')}</h3>
      <div className="field">
        <label className="field-label" htmlFor="employer-search">
          {t('employment.searchEmployer')}
        </label>
        <input
          id="employer-search"
          className="input"
          type="search"
          value={query}
          data-testid="employer-search"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <SelectField
        form={form}
        name="employerId"
        label={t('employment.employer')}
        options={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        placeholder
        required
      />
      <TextField
        form={form}
        name="contractStart"
        type="date"
        label={t('employment.contractStart')}
        required
      />
      <TextField
        form={form}
        name="contractMonths"
        type="number"
        inputMode="numeric"
        label={t('employment.contractMonths')}
        hint={t('employment.contractMonthsHint')}
        required
      />
      <TextField form={form} name="position" label={t('employment.position')} required />
      <FormError error={error} />
      <SubmitButton pending={pending} testId="report-employment-submit">
        {t('employment.submit')}
      </SubmitButton>
    </form>
  );
}

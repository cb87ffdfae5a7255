import { applicantProfileSchema, tiers } from '@talent/domain';
import {
  apiFetch,
  Card,
  FormError,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useApi,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useEffect, useState } from 'react';
import type { ProfileView } from '../apiTypes';

/** Registered place and education: the five tiers of 二(四)5, checked with the domain's schema. */
export function EducationCard() {
  const { t, tKey } = useI18n();
  const resource = useApi<{ profile: ProfileView }>('/api/applicant/profile');
  const [saved, setSaved] = useState(false);
  const form = useZodForm(applicantProfileSchema, {
    defaultValues: {
      registeredPlace: '',
      school: '',
      tier: '' as never,
      major: '',
      graduationDate: '',
      certificateNo: '',
    },
  });
  const loaded = resource.data?.profile;
  useEffect(() => {
    if (!loaded) return;
    form.reset({
      registeredPlace: loaded.registeredPlace ?? '',
      school: loaded.school ?? '',
      tier: (loaded.tier ?? '') as never,
      major: loaded.major ?? '',
      graduationDate: loaded.graduationDate ?? '',
      certificateNo: loaded.certificateNo ?? '',
    });
  }, [loaded, form]);
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    setSaved(false);
    const { profile } = await apiFetch<{ profile: ProfileView }>('/api/applicant/profile', {
      method: 'PUT',
      body: values,
    });
    resource.setData({ profile });
    setSaved(true);
  });
  return (
    <Card title={t('education.title')} testId="education-card">
      <form onSubmit={onSubmit} noValidate className="form" data-testid="education-form">
        <TextField
          form={form}
          name="registeredPlace"
          label={t('education.registeredPlace')}
          hint={t('education.registeredPlaceHint')}
          required
        />
        <TextField form={form} name="school" label={t('education.school')} required />
        <SelectField
          form={form}
          name="tier"
          label={t('education.tier')}
          options={tiers.map((tier) => ({ value: tier, label: tKey(`tier.${tier}`) }))}
          placeholder
          required
        />
        <TextField form={form} name="major" label={t('education.major')} required />
        <TextField
          form={form}
          name="graduationDate"
          type="date"
          label={t('education.graduationDate')}
          required
        />
        <TextField
          form={form}
          name="certificateNo"
          label={t('education.certificateNo')}
          autoComplete="off"
          required
        />
        <FormError error={error} />
        {saved && (
          <Notice tone="success" testId="education-saved">
            {t('education.saved')}
          </Notice>
        )}
        <SubmitButton pending={pending} testId="education-submit">
          {t('education.submit')}
        </SubmitButton>
      </form>
    </Card>
  );
}

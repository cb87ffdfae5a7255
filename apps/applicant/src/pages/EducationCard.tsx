import { applicantProfileSchema, tiers } from '@talent/domain';
import {
  api,
  Card,
  call,
  FormError,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { profileQuery } from '../queries';

/** Registered place and education: the five tiers of 二(四)5, checked with the domain's schema. */
export function EducationCard() {
  const { t, tKey } = useI18n();
  const queryClient = useQueryClient();
  const resource = useQuery(profileQuery);
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
  const loaded = resource.data;
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
    const { profile } = await call(api.applicant.profile.$put({ json: values }));
    queryClient.setQueryData(profileQuery.queryKey, profile);
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

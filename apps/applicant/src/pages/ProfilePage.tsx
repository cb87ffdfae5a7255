import {
  api,
  Card,
  call,
  FormError,
  Notice,
  PageHeader,
  SubmitButton,
  TextField,
  useAuth,
  useCurrentUser,
  useFormSubmit,
  useT,
  useZodForm,
} from '@talent/ui';
import { useState } from 'react';
import { profileUpdateSchema } from '../profileSchema';
import { EducationCard } from './EducationCard';
import { IdentityCard } from './IdentityCard';

/**
 * Name and resident ID, checked live with the domain's rules (length, area code, birth date, check
 * digit); then registered place and education.
 */
export function ProfilePage() {
  const t = useT();
  const auth = useAuth();
  const user = useCurrentUser();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(profileUpdateSchema, {
    mode: 'onChange',
    defaultValues: { name: user.name, residentId: '' },
  });
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    setSaved(false);
    const { user: updated } = await call(api.me.profile.$put({ json: values }));
    auth.setUser(updated);
    form.reset({ name: updated.name, residentId: '' });
    setSaved(true);
  });
  return (
    <div className="page page-narrow">
      <PageHeader title={t('profile.title')} />
      <Card>
        <form onSubmit={onSubmit} noValidate className="form" data-testid="profile-form">
          <TextField form={form} name="name" label={t('profile.name')} autoComplete="name" required />
          <TextField
            form={form}
            name="residentId"
            label={t('profile.residentId')}
            hint={
              user.residentId
                ? t('profile.currentResidentId', { residentId: user.residentId })
                : t('profile.residentIdHint')
            }
            autoComplete="off"
            maxLength={18}
            required
          />
          <FormError error={error} />
          {saved && (
            <Notice tone="success" testId="profile-saved">
              {t('profile.saved')}
            </Notice>
          )}
          <SubmitButton pending={pending} testId="profile-submit">
            {t('profile.submit')}
          </SubmitButton>
        </form>
      </Card>
      {user.kind === 'applicant' && <IdentityCard />}
      <EducationCard />
    </div>
  );
}

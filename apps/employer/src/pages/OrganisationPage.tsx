import { mayCall, organisationProfileSchema, orgTypes } from '@talent/domain';
import {
  api,
  Badge,
  Card,
  call,
  countyName,
  countyOptions,
  type DocumentRef,
  DocumentUpload,
  Facts,
  FormError,
  formatDateTime,
  LoadingScreen,
  Notice,
  PageHeader,
  SelectField,
  SubmitButton,
  TextField,
  type Tone,
  useAuth,
  useCurrentUser,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Organisation, organisationKey, useOrganisation } from '../components/useOrganisation';

const statusTone: Record<Organisation['status'], Tone> = {
  pending: 'warning',
  verified: 'success',
  rejected: 'error',
};

/**
 * The organisation's profile and its verification by the bureau: the credit code (with the checksum
 * warning the bureau resolves by hand), type, county, address, business licence, and the collective
 * household it keeps (庆政办发〔2022〕44号 二(二)4). The admin edits; HR officers read.
 */
export function OrganisationPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const [saved, setSaved] = useState(false);
  const { data: org, error } = useOrganisation();
  if (error) return <FormError error={error} />;
  if (!org) return <LoadingScreen />;
  const isAdmin = mayCall('PUT /api/employer/organisation', user);
  return (
    <div className="page">
      <PageHeader title={t('employer.organisationTitle')} />
      <Card title={t('home.verification')} testId="verification">
        <Facts
          items={[
            {
              label: t('home.verification'),
              value: (
                <Badge tone={statusTone[org.status]} testId="org-status">
                  {t(`employerStatus.${org.status}`)}
                </Badge>
              ),
            },
            ...(org.decidedAt
              ? [{ label: t('employer.decidedAt'), value: formatDateTime(org.decidedAt, locale) }]
              : []),
          ]}
        />
        {org.status === 'rejected' && (
          <div className="card-note">
            <Notice tone="error" testId="org-decision-reason">
              {t('employer.rejectedBecause', { reason: org.decisionReason ?? '—' })}
            </Notice>
          </div>
        )}
        {org.status !== 'rejected' && (
          <div className="card-note">
            <Notice tone={org.status === 'verified' ? 'success' : 'info'}>
              {t(`employerStatus.${org.status}Note`)}
            </Notice>
          </div>
        )}
      </Card>
      <Card title={t('employer.identity')} testId="identity">
        <Facts
          items={[
            { label: t('home.uscc'), value: <span className="mono">{org.uscc}</span>, testId: 'org-uscc' },
            { label: t('employer.contact'), value: `${org.contactName} ${org.contactMobile}` },
          ]}
        />
        {org.usccWarnings.map((w) => (
          <div className="card-note" key={w}>
            <Notice tone="warning" testId="org-uscc-warning">
              {t(w === 'uscc.checksum_mismatch' ? 'uscc.checksum_mismatch' : 'employer.usccWarning')}
            </Notice>
          </div>
        ))}
      </Card>
      {saved && (
        <Notice tone="success" testId="organisation-saved">
          {t('employer.organisationSaved')}
        </Notice>
      )}
      {isAdmin ? (
        <OrganisationForm organisation={org} onSaved={() => setSaved(true)} />
      ) : (
        <ProfileFacts organisation={org} />
      )}
    </div>
  );
}

function ProfileFacts({ organisation: org }: { organisation: Organisation }) {
  const { t, locale } = useI18n();
  return (
    <Card title={t('employer.profile')} testId="profile-read-only">
      <Notice tone="neutral">{t('employer.hrReadOnly')}</Notice>
      <Facts
        items={[
          { label: t('home.orgName'), value: org.name, testId: 'org-name' },
          { label: t('employer.orgType'), value: org.orgType ? t(`orgType.${org.orgType}`) : '—' },
          { label: t('employer.county'), value: countyName(org.countyCode, locale) },
          { label: t('employer.address'), value: org.address ?? '—' },
          {
            label: t('employer.collectiveHousehold'),
            value: org.keepsCollectiveHousehold
              ? t('employer.placesUsed', { members: org.collectiveMembers, capacity: org.collectiveCapacity })
              : t('employer.noCollectiveHousehold'),
            testId: 'collective-capacity',
          },
        ]}
      />
    </Card>
  );
}

function OrganisationForm({
  organisation: org,
  onSaved,
}: {
  organisation: Organisation;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const form = useZodForm(organisationProfileSchema, {
    defaultValues: {
      name: org.name,
      orgType: org.orgType ?? undefined,
      countyCode: org.countyCode ?? undefined,
      address: org.address ?? '',
      licenceDocumentId: org.licenceDocumentId,
      keepsCollectiveHousehold: org.keepsCollectiveHousehold,
      collectiveCapacity: String(org.collectiveCapacity),
    },
  });
  const keeps = form.watch('keepsCollectiveHousehold');
  const [licence, setLicence] = useState<DocumentRef | null>(org.licence);
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    await call(api.employer.organisation.$put({ json: values }));
    // the status may have changed (a rejected organisation goes back to the queue): the shell follows
    await Promise.all([auth.refresh(), queryClient.invalidateQueries({ queryKey: organisationKey })]);
    onSaved();
  });
  const counties = countyOptions(locale);
  return (
    <form onSubmit={onSubmit} noValidate className="form" data-testid="organisation-form">
      <Card title={t('employer.profile')}>
        <div className="form">
          {org.status === 'rejected' && <Notice tone="info">{t('employer.resubmitHint')}</Notice>}
          <TextField
            form={form}
            name="name"
            label={t('home.orgName')}
            hint={org.status === 'verified' ? t('employer.nameLocked') : undefined}
            disabled={org.status === 'verified'}
            required
          />
          <SelectField
            form={form}
            name="orgType"
            label={t('employer.orgType')}
            options={orgTypes.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
            placeholder
            required
          />
          <SelectField
            form={form}
            name="countyCode"
            label={t('employer.county')}
            options={counties}
            placeholder
            required
          />
          <TextField
            form={form}
            name="address"
            label={t('employer.address')}
            autoComplete="street-address"
            required
          />
          <DocumentUpload
            label={t('employer.licence')}
            hint={t('employer.licenceHint')}
            value={licence}
            onChange={(doc) => {
              setLicence(doc);
              form.setValue('licenceDocumentId', doc?.id ?? null, { shouldDirty: true });
            }}
            testId="licence"
          />
        </div>
      </Card>
      <Card title={t('employer.collectiveHousehold')} testId="collective-settings">
        <div id="collective" className="form">
          <div className="muted">{t('employer.collectiveHouseholdHint')}</div>
          <label className="checkbox">
            <input
              type="checkbox"
              {...form.register('keepsCollectiveHousehold')}
              data-testid="keepsCollectiveHousehold"
            />
            <span>{t('employer.keepsCollectiveHousehold')}</span>
          </label>
          <TextField
            form={form}
            name="collectiveCapacity"
            label={t('employer.collectiveCapacity')}
            hint={t('employer.placesUsed', {
              members: org.collectiveMembers,
              capacity: org.collectiveCapacity,
            })}
            type="number"
            inputMode="numeric"
            disabled={!keeps}
            required={keeps}
          />
        </div>
      </Card>
      <FormError error={error} />
      <div>
        <SubmitButton pending={pending} testId="organisation-submit">
          {t('action.save')}
        </SubmitButton>
      </div>
    </form>
  );
}

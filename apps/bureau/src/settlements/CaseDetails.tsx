import { mayCall } from '@talent/domain';
import {
  api,
  Card,
  ConfirmDialog,
  call,
  countyName,
  Facts,
  formatDate,
  Notice,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import type { InferResponseType } from 'hono/client';
import { useState } from 'react';
import type { ApplicationView } from '../apiTypes';

type Revealed = InferResponseType<(typeof api.settlements)[':id']['reveal']['$post'], 200>;

/**
 * What the application says — where to settle, who settles, education — with resident IDs masked.
 * The reviewer and the registrar may reveal the full numbers; the API records each reveal in the audit log.
 */
export function CaseDetails({ view, onChanged }: { view: ApplicationView; onChanged?: () => void }) {
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const [confirming, setConfirming] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const mayReveal = mayCall('POST /api/settlements/{id}/reveal', user);

  const reveal = async () => {
    setRevealed(await call(api.settlements[':id'].reveal.$post({ param: { id: view.id } })));
    setConfirming(false);
  };
  const memberId = (m: ApplicationView['members'][number]) =>
    revealed?.members.find((r) => r.id === m.id)?.residentId ?? m.residentId;
  // A card holder's case rests on the card, not on an education: none is shown when none is on file.
  const education = view.route === 'talent_card' && !view.education?.school ? null : view.education;

  return (
    <Card title={t('case.details')} testId="case-details">
      <Facts
        items={[
          { label: t('application.applicant'), value: view.applicant.name, testId: 'case-applicant-name' },
          {
            label: t('case.residentId'),
            value: <span className="mono">{revealed?.applicant ?? view.applicant.residentId ?? '—'}</span>,
            testId: 'case-applicant-id',
          },
          { label: t('case.mobile'), value: <span className="mono">{view.applicant.mobile}</span> },
          {
            label: t('identity.title'),
            value: <IdentityState view={view} onChecked={onChanged} />,
            testId: 'case-identity',
          },
          { label: t('application.route'), value: tKey(`route.${view.route}`), testId: 'case-route' },
          ...(view.talentCardNumber
            ? [
                {
                  label: t('green.cardNumber'),
                  value: <span className="mono">{view.talentCardNumber}</span>,
                  testId: 'case-card-number',
                },
              ]
            : []),
          {
            label: t('application.settleAt'),
            value: tKey(`place.${view.settleAt}`),
            testId: 'case-settle-at',
          },
          {
            label: t('application.county'),
            value: countyName(view.countyCode, locale),
            testId: 'case-county',
          },
          ...(view.employer
            ? [{ label: t('application.employer'), value: view.employer.name, testId: 'case-employer' }]
            : []),
          ...(view.collective?.status
            ? [
                {
                  label: t('application.collective'),
                  value: `${tKey(`collectiveStatus.${view.collective.status}`)}${view.collective.reason ? `:${view.collective.reason}` : ''}`,
                  testId: 'case-collective',
                },
              ]
            : []),
          ...(view.policeStation
            ? [{ label: t('application.policeStation'), value: view.policeStation.name }]
            : []),
          ...(view.address ? [{ label: t('application.address'), value: view.address }] : []),
          ...(view.relative
            ? [
                {
                  label: t('application.relative'),
                  value: `${view.relative.name}(${tKey(`relation.${view.relative.relation}`)},${revealed?.relative ?? view.relative.residentId})`,
                },
              ]
            : []),
          ...(view.electronicTransfer
            ? [
                {
                  label: tKey('document.household_migration_certificate'),
                  value: t('application.electronicTransfer'),
                },
              ]
            : []),
        ]}
      />
      {education && (
        <>
          <h3 className="card-subtitle">{t('case.education')}</h3>
          <Facts
            items={[
              { label: t('education.registeredPlace'), value: education.registeredPlace || '—' },
              { label: t('education.school'), value: education.school || '—' },
              {
                label: t('education.tier'),
                value: view.tier ? tKey(`tier.${view.tier}`) : '—',
                testId: 'case-tier',
              },
              { label: t('education.major'), value: education.major || '—' },
              { label: t('education.graduationDate'), value: formatDate(education.graduationDate, locale) },
              {
                label: t('education.certificateNo'),
                value: <span className="mono">{education.certificateNo || '—'}</span>,
              },
            ]}
          />
        </>
      )}
      <h3 className="card-subtitle">{t('case.members')}</h3>
      {view.members.length === 0 ? (
        <p className="muted">{t('case.noMembers')}</p>
      ) : (
        <ul className="plain-list" data-testid="case-members">
          {view.members.map((m) => (
            <li key={m.id}>
              {t('case.member', { name: m.name, relation: tKey(`relation.${m.relation}`) })}{' '}
              <span className="mono">{memberId(m)}</span>
            </li>
          ))}
        </ul>
      )}
      {revealed ? (
        <Notice tone="warning" testId="case-revealed">
          {t('case.revealed')}
        </Notice>
      ) : (
        mayReveal && (
          <p className="card-note">
            <button
              type="button"
              className="button button-small"
              onClick={() => setConfirming(true)}
              data-testid="reveal-ids"
            >
              {t('case.reveal')}
            </button>
          </p>
        )
      )}
      <ConfirmDialog
        open={confirming}
        title={t('case.revealTitle')}
        message={t('case.revealMessage')}
        confirmLabel={t('case.reveal')}
        onConfirm={reveal}
        onCancel={() => setConfirming(false)}
        testId="reveal-dialog"
      />
    </Card>
  );
}

/**
 * 已核验 / 未核验 (decision 0008). A reviewer who compared the ID-card scan with the name and number marks
 * the identity checked; the API audits it.
 */
function IdentityState({ view, onChecked }: { view: ApplicationView; onChecked: (() => void) | undefined }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const method = view.applicant.identityVerifiedBy;
  const mark = async () => {
    setError(null);
    try {
      await call(api.bureau.applicants[':id']['verify-identity'].$post({ param: { id: view.applicant.id } }));
      setConfirming(false);
      onChecked?.();
    } catch (e) {
      setConfirming(false);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      {method ? (
        <span>
          {t('identity.verified')}({t(`identity.method.${method}`)})
        </span>
      ) : (
        <span>{t('identity.unverified')}</span>
      )}
      {!method && mayCall('POST /api/bureau/applicants/{id}/verify-identity', user) && (
        <>
          {' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => setConfirming(true)}
            data-testid="identity-mark-checked"
          >
            {t('identity.markChecked')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('identity.markChecked')}
            message={t('identity.markCheckedConfirm')}
            confirmLabel={t('identity.markChecked')}
            tone="primary"
            onConfirm={mark}
            onCancel={() => setConfirming(false)}
            testId="identity-mark-dialog"
          />
        </>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}

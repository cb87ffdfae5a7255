import { type SettlementDraft, settlementDraftSchema } from '@talent/domain';
import {
  ApiError,
  api,
  Card,
  ConfirmDialog,
  call,
  type DocumentRef,
  FormError,
  Notice,
  PageHeader,
  type TraceCriterion,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { DocumentsStep } from '../apply/DocumentsStep';
import { type DraftValues, emptyDraft, valuesFromView } from '../apply/draftForm';
import { FamilyStep } from '../apply/FamilyStep';
import { CardRefusal, GreenCard } from '../apply/GreenCard';
import { PlaceStep } from '../apply/PlaceStep';
import { PreCheck } from '../apply/PreCheck';
import { type ApplicationView, policyQuery, profileQuery, settlementKey, settlementQuery } from '../queries';

const steps = ['place', 'family', 'documents', 'review'] as const;
type Step = (typeof steps)[number];
const stepFields: Record<Step, string[]> = {
  place: [
    'talentCardNumber',
    'settleAt',
    'countyCode',
    'address',
    'employerId',
    'policeStationId',
    'relative',
  ],
  family: ['members'],
  documents: ['documents'],
  review: [],
};

/**
 * The application wizard: a new draft at /apply (/apply?route=talent_card for a card holder's green
 * channel), or the draft / returned case at /applications/:id/edit.
 */
export function ApplyPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const route = search.get('route') === 'talent_card' ? 'talent_card' : 'graduate';
  const existing = useQuery({ ...settlementQuery(id ?? ''), enabled: id !== undefined });
  if (id && !existing.data) {
    return existing.error ? <FormError error={existing.error} /> : <p className="muted">…</p>;
  }
  const item = existing.data;
  // A draft switched to the ordinary route is a new wizard: key by route too.
  return <Wizard key={`${id ?? 'new'}-${item?.route ?? route}`} existing={item} route={route} />;
}

function Wizard({
  existing,
  route,
}: {
  existing: ApplicationView | undefined;
  route: 'graduate' | 'talent_card';
}) {
  const { t, tKey } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // the case page shows the view the last action returned, not a stale copy
  const show = (item: ApplicationView, to = `/applications/${item.id}`) => {
    navigate(to);
    queryClient.setQueryData(settlementKey(item.id), item);
  };
  const initial = existing ? valuesFromView(existing) : { values: { ...emptyDraft, route }, documents: {} };
  const form = useZodForm(settlementDraftSchema, { mode: 'onChange', defaultValues: initial.values });
  const [documents, setDocuments] = useState<Record<string, DocumentRef>>(initial.documents);
  const [step, setStep] = useState<Step>('place');
  const [confirming, setConfirming] = useState(false);
  const [current, setCurrent] = useState<ApplicationView | undefined>(existing);
  // One key per wizard: a retried or doubled create returns the same draft.
  const idempotencyKey = useRef(crypto.randomUUID());
  const profile = useQuery(profileQuery);
  const policy = useQuery(policyQuery);
  const values = form.watch();
  const green = values.route === 'talent_card';
  // The card check's refusal (二(一)5), with the way on to the ordinary route.
  const [refusal, setRefusal] = useState<TraceCriterion[] | null>(null);
  const [switching, setSwitching] = useState(false);

  useEffect(() => {
    if (existing && !['draft', 'returned'].includes(existing.state))
      navigate(`/applications/${existing.id}`, { replace: true });
  }, [existing, navigate]);

  const save = async (draft: SettlementDraft): Promise<ApplicationView> => {
    const { item } = current
      ? await call(
          api.settlements[':id'].$put({
            param: { id: current.id },
            json: { ...draft, version: current.version },
          }),
        )
      : await call(
          api.settlements.$post({ json: draft, header: { 'idempotency-key': idempotencyKey.current } }),
        );
    setCurrent(item);
    return item;
  };

  const saveDraft = useFormSubmit(form, async (draft) => {
    show(await save(draft));
  });

  const submit = async () => {
    let item: ApplicationView | undefined;
    await form.handleSubmit(async (draft) => {
      item = await save(draft);
    })();
    if (!item) {
      setConfirming(false);
      return;
    }
    const event = item.state === 'returned' ? 'resubmit' : 'submit';
    try {
      const { item: after } = await call(
        api.settlements[':id'].events.$post({
          param: { id: item.id },
          json: { event, version: item.version },
        }),
      );
      show(after);
    } catch (e) {
      const criteria = cardFailures(e);
      if (!criteria) throw e;
      setConfirming(false);
      setRefusal(criteria);
    }
  };

  // 改走普通落户通道: the same draft saved on the graduate route, then the ordinary wizard goes on.
  const switchToOrdinary = async () => {
    setSwitching(true);
    try {
      form.setValue('route', 'graduate');
      form.setValue('talentCardNumber', '');
      let item: ApplicationView | undefined;
      await form.handleSubmit(async (draft) => {
        item = await save(draft);
      })();
      if (item) {
        // the wizard is keyed by route: the saved view starts the ordinary one
        queryClient.setQueryData(settlementKey(item.id), item);
        navigate(`/applications/${item.id}/edit`, { replace: true });
      }
    } finally {
      setSwitching(false);
    }
  };

  const next = async () => {
    const ok = await form.trigger(stepFields[step] as never);
    if (!ok) return;
    setStep(steps[steps.indexOf(step) + 1] ?? step);
  };
  const at = steps.indexOf(step);

  return (
    <div className="page wizard">
      <PageHeader
        title={
          existing
            ? t('apply.editTitle', { number: existing.number })
            : green
              ? t('green.title')
              : t('apply.title')
        }
      />
      {refusal && <CardRefusal criteria={refusal} onSwitch={switchToOrdinary} switching={switching} />}
      {existing?.state === 'returned' && existing.decisionReason && (
        <Notice tone="warning" testId="returned-reason">
          <p>
            <strong>{t('application.returnedReason')}</strong> {existing.decisionReason}
          </p>
        </Notice>
      )}
      {!green && profile.data && !profile.data.complete && (
        <Notice tone="warning" testId="education-missing">
          {t('apply.educationMissing')} <Link to="/profile">{t('apply.goToProfile')}</Link>
        </Notice>
      )}
      <ol className="wizard-steps" aria-label={t('apply.steps')}>
        {steps.map((s, i) => (
          <li
            key={s}
            className={i === at ? 'wizard-current' : i < at ? 'wizard-done' : ''}
            aria-current={i === at ? 'step' : undefined}
          >
            <button
              type="button"
              className="wizard-step-button"
              data-testid={`wizard-step-${s}`}
              onClick={() => setStep(s)}
            >
              <span className="wizard-step-number">{i + 1}</span> {tKey(`apply.step.${s}`)}
            </button>
          </li>
        ))}
      </ol>
      <form onSubmit={saveDraft.onSubmit} noValidate className="form" data-testid="apply-form">
        <Card>
          {step === 'place' && green && <GreenCard form={form} />}
          {step === 'place' && <PlaceStep form={form} currentEmployer={existing?.employer ?? null} />}
          {step === 'family' && <FamilyStep form={form} />}
          {step === 'documents' && (
            <DocumentsStep
              form={form}
              documents={documents}
              onUploaded={(doc) => setDocuments((d) => ({ ...d, [doc.id]: doc }))}
            />
          )}
          {step === 'review' && <p data-testid="step-review">{t('apply.reviewIntro')}</p>}
        </Card>
        <Card title={t('apply.precheck')} testId="precheck-card">
          <PreCheck
            values={values as DraftValues}
            graduationDate={profile.data?.graduationDate ?? null}
            policy={policy.data}
          />
        </Card>
        <FormError error={saveDraft.error} />
        <div className="wizard-actions">
          {at > 0 && (
            <button
              type="button"
              className="button"
              data-testid="wizard-back"
              onClick={() => setStep(steps[at - 1] ?? step)}
            >
              {t('apply.back')}
            </button>
          )}
          <button type="submit" className="button" data-testid="save-draft" disabled={saveDraft.pending}>
            {t('apply.saveDraft')}
          </button>
          {step !== 'review' ? (
            <button type="button" className="button button-primary" data-testid="wizard-next" onClick={next}>
              {t('apply.next')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              data-testid="submit-application"
              onClick={async () => {
                if (await form.trigger()) setConfirming(true);
              }}
            >
              {existing?.state === 'returned' ? t('apply.resubmit') : t('apply.submit')}
            </button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('apply.confirmTitle')}
        message={t('apply.confirmMessage')}
        confirmLabel={existing?.state === 'returned' ? t('apply.resubmit') : t('apply.submit')}
        onConfirm={submit}
        onCancel={() => setConfirming(false)}
        testId="confirm-submit"
      />
    </div>
  );
}

/** The failing card criteria of a refused green-channel submission, or null for any other error. */
function cardFailures(error: unknown): TraceCriterion[] | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const details = error.details as { criteria?: TraceCriterion[] } | undefined;
  return details?.criteria?.length ? details.criteria : null;
}

import { decisionReasonSchema, residentIdSchema } from '@talent/domain';
import {
  api,
  Badge,
  Card,
  call,
  FormError,
  Notice,
  SubmitButton,
  TextField,
  useCurrentUser,
  useFormSubmit,
  useT,
  useZodForm,
} from '@talent/ui';
import { useState } from 'react';
import { z } from 'zod';

const disputeSchema = z.object({ residentId: residentIdSchema, note: decisionReasonSchema.shape.reason });

/**
 * 已核验 / 未核验 (decision 0008), and the way to tell the bureau that one's number is used by someone
 * else: the platform never says so itself, so the link is always there while unverified.
 */
export function IdentityCard() {
  const t = useT();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const form = useZodForm(disputeSchema, { defaultValues: { residentId: '', note: '' } });
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    await call(api.me['identity-disputes'].$post({ json: values }));
    form.reset({ residentId: '', note: '' });
    setOpen(false);
    setSent(true);
  });
  const method = user.identityVerifiedBy;
  return (
    <Card>
      <h2>{t('identity.title')}</h2>
      <p data-testid="identity-state">
        {method ? (
          <>
            <Badge tone="success">{t('identity.verified')}</Badge> {t(`identity.method.${method}`)}
          </>
        ) : (
          <>
            <Badge tone="warning">{t('identity.unverified')}</Badge> {t('identity.unverifiedHint')}
          </>
        )}
      </p>
      {sent && (
        <Notice tone="success" testId="dispute-sent">
          {t('identity.disputeSent')}
        </Notice>
      )}
      {!method && !open && (
        <button
          type="button"
          className="button button-small"
          onClick={() => setOpen(true)}
          data-testid="dispute-open"
        >
          {t('identity.dispute')}
        </button>
      )}
      {open && (
        <form onSubmit={onSubmit} noValidate className="form" data-testid="dispute-form">
          <TextField
            form={form}
            name="residentId"
            label={t('profile.residentId')}
            autoComplete="off"
            required
          />
          <TextField form={form} name="note" label={t('identity.disputeNote')} autoComplete="off" required />
          <FormError error={error} />
          <SubmitButton pending={pending} testId="dispute-submit">
            {t('identity.disputeSubmit')}
          </SubmitButton>
        </form>
      )}
    </Card>
  );
}

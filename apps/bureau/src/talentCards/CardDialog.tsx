import { talentCardEditSchema, talentCardSchema } from '@talent/domain';
import {
  api,
  call,
  Dialog,
  DialogFormActions,
  isApiError,
  Notice,
  TextField,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useState } from 'react';
import type { CardItem } from './types';

/**
 * Adds a card, or corrects one (`card` given): the domain's schema checks the fields as the API will.
 * An edit sends the version it started from; someone else's change in between is said plainly.
 */
export function CardDialog({
  card,
  onClose,
  onSaved,
}: {
  card?: CardItem;
  onClose: () => void;
  onSaved: (card: CardItem) => void;
}) {
  const { t } = useI18n();
  const [stale, setStale] = useState(false);
  // An edit may leave the resident ID empty to keep the stored one (the list shows it masked only).
  const form = useZodForm(card ? talentCardEditSchema : talentCardSchema, {
    defaultValues: {
      cardNumber: card?.cardNumber ?? '',
      holderName: card?.holderName ?? '',
      holderResidentId: '',
      tier: card?.tier ?? '',
      issueDate: card?.issueDate ?? '',
      expiryDate: card?.expiryDate ?? '',
    },
  });
  const { onSubmit, pending, error } = useFormSubmit(
    form,
    async (values) => {
      const body = card
        ? await call(
            api['talent-cards'][':id'].$patch({
              param: { id: card.id },
              json: { ...values, version: card.version },
            }),
          )
        : // the add form ran talentCardSchema: parsing again tells the type what the form checked
          await call(api['talent-cards'].$post({ json: talentCardSchema.parse(values) }));
      onSaved(body.card);
    },
    {
      // A stale version (details.version) gets its own notice; any other conflict (a card number
      // already in the registry, a card revoked meanwhile) is shown by <FormError> as the API says it.
      onError: (e) => {
        const details = isApiError(e) ? (e.details as { version?: number } | undefined) : undefined;
        if (!isApiError(e) || e.code !== 'conflict' || details?.version === undefined) return false;
        setStale(true);
        return true;
      },
    },
  );
  return (
    <Dialog
      open
      title={card ? t('cards.editTitle', { cardNumber: card.cardNumber }) : t('cards.addTitle')}
      onClose={onClose}
      dismissible={!pending}
      testId="card-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        {stale && (
          <Notice tone="warning" testId="card-stale">
            {t('cards.stale')}
          </Notice>
        )}
        <TextField
          form={form}
          name="cardNumber"
          label={t('cards.cardNumber')}
          autoComplete="off"
          autoFocus
          required
        />
        <TextField form={form} name="holderName" label={t('cards.holderName')} autoComplete="off" required />
        <TextField
          form={form}
          name="holderResidentId"
          label={t('cards.holderResidentId')}
          hint={card ? t('cards.keepResidentId', { masked: card.holderResidentId }) : undefined}
          autoComplete="off"
          inputMode="text"
          required={!card}
        />
        <TextField form={form} name="tier" label={t('cards.tier')} autoComplete="off" required />
        <TextField form={form} name="issueDate" type="date" label={t('cards.issueDate')} required />
        <TextField form={form} name="expiryDate" type="date" label={t('cards.expiryDate')} required />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={card ? t('cards.save') : t('cards.add')}
          submitTestId="card-submit"
        />
      </form>
    </Dialog>
  );
}

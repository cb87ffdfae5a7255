import { api, Badge, call, Notice, TextField, type TraceCriterion, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DraftForm } from './draftForm';

/**
 * The card the green channel rests on (二(一)5): the holder's cards from the registry, the number to
 * apply with (filled from the registry's valid card; typed from the card when none is found yet).
 */
export function GreenCard({ form }: { form: DraftForm }) {
  const { t, tKey } = useI18n();
  const mine = useQuery({
    queryKey: ['talent-cards', 'mine'],
    queryFn: () => call(api['talent-cards'].mine.$get()),
  });
  const cards = mine.data?.items ?? [];
  const usable = cards.find((c) => c.standing === 'valid');
  useEffect(() => {
    if (usable && !form.getValues('talentCardNumber'))
      form.setValue('talentCardNumber', usable.cardNumber, { shouldValidate: true });
  }, [usable, form]);
  return (
    <div className="green-card" data-testid="green-card">
      {cards.map((c) => (
        <div key={c.id} className="green-card-item" data-testid={`green-card-${c.cardNumber}`}>
          <strong className="mono">{c.cardNumber}</strong>{' '}
          <Badge tone={c.standing === 'valid' ? 'success' : 'error'}>
            {tKey(`talentCard.standing.${c.standing}`)}
          </Badge>
          <p className="muted">{t('green.cardValidUntil', { tier: c.tier, date: c.expiryDate })}</p>
          {c.cardNumber !== form.watch('talentCardNumber') && (
            <button
              type="button"
              className="button button-small"
              onClick={() => form.setValue('talentCardNumber', c.cardNumber, { shouldValidate: true })}
            >
              {t('green.useCard')}
            </button>
          )}
        </div>
      ))}
      {mine.data && cards.length === 0 && (
        <Notice tone="info" testId="green-no-card">
          {t('green.noCardOnFile')}
        </Notice>
      )}
      <TextField
        form={form}
        name="talentCardNumber"
        testId="talentCardNumber"
        label={t('green.cardNumber')}
        hint={t('green.cardNumberHint')}
        autoComplete="off"
        required
      />
    </div>
  );
}

/**
 * Why the card check refused the green channel — each failing criterion in plain language with its
 * clause — and the way on: the same draft on the ordinary route.
 */
export function CardRefusal({
  criteria,
  onSwitch,
  switching,
}: {
  criteria: readonly TraceCriterion[];
  onSwitch: () => void;
  switching: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <Notice tone="error" testId="green-refused">
      <p>
        <strong>{t('green.refusedTitle')}</strong>
      </p>
      <p>{t('green.refusedIntro')}</p>
      <ul className="green-refusal-reasons">
        {criteria.map((c) => (
          <li key={c.id} data-testid={`green-refused-${c.id}`}>
            {c.sentence[locale]} <span className="muted">({c.clause})</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('green.switchHint')}</p>
      <button
        type="button"
        className="button button-primary"
        data-testid="switch-to-ordinary"
        disabled={switching}
        onClick={onSwitch}
      >
        {t('green.switchToOrdinary')}
      </button>
    </Notice>
  );
}

import { apiFetch, Dialog, FormError, formatDateTime, LoadingScreen, useI18n } from '@talent/ui';
import { useEffect, useState } from 'react';
import type { CardHistory, CardItem } from './types';

/** A card's audit trail, oldest first: who imported or entered it, corrected it, saw the full ID, revoked it. */
export function CardHistoryDialog({ card, onClose }: { card: CardItem; onClose: () => void }) {
  const { t, tKey, locale } = useI18n();
  const [history, setHistory] = useState<CardHistory | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    apiFetch<CardHistory>(`/api/talent-cards/${encodeURIComponent(card.id)}/history`, {
      signal: controller.signal,
    }).then(setHistory, (e) => {
      if (!controller.signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [card.id]);
  return (
    <Dialog
      open
      title={t('cards.historyTitle', { cardNumber: card.cardNumber })}
      onClose={onClose}
      testId="card-history"
    >
      <FormError error={error} />
      {!history && !error && <LoadingScreen />}
      {history && (
        <ol className="plain-list" data-testid="card-history-list">
          {history.items.map((item) => (
            <li key={`${item.at}/${item.action}`}>
              <span className="muted">{formatDateTime(item.at, locale)}</span>{' '}
              <strong>{tKey(`cardHistory.${item.action}`)}</strong>{' '}
              <span>{item.actorName ?? t('cardHistory.system')}</span>
              {item.fileName && <span> · {item.fileName}</span>}
              {item.fields.length > 0 && (
                <span> · {item.fields.map((f) => tKey(`cardImport.field.${f}`)).join('、')}</span>
              )}
              {item.reason && <span> · {item.reason}</span>}
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
    </Dialog>
  );
}

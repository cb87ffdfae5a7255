import { api, call, Dialog, FormError, formatDateTime, LoadingScreen, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import type { CardItem } from './types';

/** A card's audit trail, oldest first: who imported or entered it, corrected it, saw the full ID, revoked it. */
export function CardHistoryDialog({ card, onClose }: { card: CardItem; onClose: () => void }) {
  const { t, tKey, locale } = useI18n();
  const { data: history, error } = useQuery({
    queryKey: ['talent-cards', card.id, 'history'],
    queryFn: ({ signal }) =>
      call(api['talent-cards'][':id'].history.$get({ param: { id: card.id } }, { init: { signal } })),
  });
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

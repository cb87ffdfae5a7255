import { writeAudit } from '../../platform/audit.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { notify } from '../notifications/service.js';
import * as repo from './repository.js';

/**
 * Warns each holder with an applicant account, once, that their valid card expires within 60 days
 * (in-app and SMS); sets expiry_notified_at. Holders without an account are warned once they have
 * one. Each card in its own transaction with SKIP LOCKED, so concurrent runs never warn twice.
 */
export async function warnExpiringCards(db: Db, today: string, limit = 1000): Promise<number> {
  let warned = 0;
  while (warned < limit) {
    const done = await inTransaction(db, async (trx) => {
      const card = await repo.takeCardToWarn(trx, today);
      if (!card) return false;
      for (const userId of await repo.applicantIdsByHmac(trx, card.holder_resident_id_hmac)) {
        await notify(trx, {
          userId,
          kind: 'notification.talentCard.expiring',
          params: { cardNumber: card.card_number, expiryDate: card.expiry_date },
          entity: 'talent_card',
          entityId: card.id,
        });
      }
      await repo.markWarned(trx, card.id);
      await writeAudit(
        trx,
        { requestId: null },
        {
          actor: null,
          action: 'talent_card.expiry_warning',
          entity: 'talent_card',
          entityId: card.id,
          details: { cardNumber: card.card_number, expiryDate: card.expiry_date },
        },
      );
      return true;
    });
    if (!done) break;
    warned += 1;
  }
  return warned;
}

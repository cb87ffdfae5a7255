import type { Criterion, Evaluation, TalentCardCheck } from '@talent/domain';
import { type Db, inTransaction } from '../../platform/db.js';
import { notify } from '../notifications/service.js';
import * as repo from './repository.js';

// The talent-card green channel (绿色通道, 庆政办发〔2022〕44号 二(一)5): the registry check at submission and
// the reviewers' alert when a green case passes its deadline. Instant approval itself is an event (events.ts).

/**
 * What the bureau's registry says about the card the applicant names: found by its number, the holder
 * compared by the resident ID's blind index (never decrypted) and by name. Without a number, the
 * applicant's own card is looked up by that index. The dates and status are judged by talentCardRule
 * on the application date; the name and the applicant's verified identity decide whether the system
 * may approve (秒批) or a reviewer reads the ID card (decision 0008).
 */
export async function checkTalentCard(
  db: Db,
  applicant: { resident_id_hmac: string | null; name: string; identity_verified_at: Date | null },
  cardNumber: string | undefined,
): Promise<{ check: TalentCardCheck; cardId: string | null }> {
  const applicantIdHmac = applicant.resident_id_hmac;
  const card =
    cardNumber !== undefined
      ? await repo.findTalentCardByNumber(db, cardNumber)
      : applicantIdHmac
        ? await repo.findTalentCardOfHolder(db, applicantIdHmac)
        : undefined;
  if (!card) return { check: { found: false }, cardId: null };
  return {
    cardId: card.id,
    check: {
      found: true,
      cardNumber: card.card_number,
      holderIdMatches: applicantIdHmac !== null && card.holder_resident_id_hmac === applicantIdHmac,
      holderNameMatches: sameName(card.holder_name, applicant.name),
      identityVerified: applicant.identity_verified_at !== null,
      status: card.status,
      issueDate: card.issue_date,
      expiryDate: card.expiry_date,
    },
  };
}

/** Names compare as written, ignoring surrounding and inner spaces (a registry entry may carry them). */
export function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/** The card criteria that did not pass: the reasons a green-channel submission is refused. */
export function failedCardCriteria(evaluation: Evaluation): Criterion[] {
  return evaluation.criteria.filter((c) => c.id.startsWith('talentCard.') && c.status !== 'pass');
}

/**
 * Tells every active reviewer, once, about each green case still awaiting a decision after its
 * one-working-day deadline (二(一)5 "fast track"). Each case is taken in its own transaction with
 * FOR UPDATE SKIP LOCKED, so several API processes may run this at once. Returns the cases alerted.
 */
export async function alertOverdueGreenCases(db: Db, today: string, limit = 1000): Promise<number> {
  let alerted = 0;
  while (alerted < limit) {
    const done = await inTransaction(db, async (trx) => {
      const due = await repo.takeOverdueGreenCase(trx, today);
      if (!due) return false;
      for (const reviewer of await repo.activeReviewerIds(trx)) {
        await notify(trx, {
          userId: reviewer,
          kind: 'notification.settlement.green_overdue',
          params: { number: due.number, dueOn: due.due_on },
          entity: 'settlement_application',
          entityId: due.id,
        });
      }
      // A marker, not a change of the case: the version stays, so no reviewer's open form turns stale.
      await repo.markOverdueAlerted(trx, due.id);
      return true;
    });
    if (!done) break;
    alerted += 1;
  }
  return alerted;
}

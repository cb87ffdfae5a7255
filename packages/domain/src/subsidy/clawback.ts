import { type IsoDate, monthsBetween } from '../dates/isoDate';
import { fen, sentence } from '../eligibility/criterion';
import type { LocalizedText } from '../i18n/locale';
import type { PolicyVersion } from '../policy/schema';
import type { Award, AwardLine } from './award';
import { joinSentences } from './explainAward';

export type ClawbackInput = {
  award: Award;
  /** The day the person left employment in Qingyang. */
  departureDate: IsoDate;
  /** Ids of the award's lines already paid out. */
  paidLineIds: ReadonlySet<string>;
  /** The bureau may waive the recovery (policy.md "Degree-tiered incentives"). */
  waived?: boolean;
};

export type Clawback = {
  commitmentMonths: number;
  servedMonths: number;
  unservedMonths: number;
  paidSettlingInFen: number;
  /** Never more than the settling-in allowance paid. */
  clawbackFen: number;
  waived: boolean;
  /** Unpaid lines, which stop. */
  stoppedLines: readonly AwardLine[];
  stoppedFen: number;
  clause: string;
  explanation: LocalizedText;
};

/**
 * Leaving the city's employment within the service commitment stops the unpaid parts and recovers the
 * paid settling-in allowance pro rata to the unserved whole months, rounded down to the fen so the
 * person is never asked for more than the proportion (二(四)5; clawback rule of the award's policy
 * version). Living allowance already paid is not recovered: the policy names only the settling-in part.
 */
export function calculateClawback(input: ClawbackInput, policy: PolicyVersion): Clawback {
  const { award, departureDate, paidLineIds } = input;
  const commitment = award.serviceCommitmentMonths;
  const served = Math.min(commitment, Math.max(0, monthsBetween(award.startDate, departureDate)));
  const unserved = commitment - served;
  let paidSettlingInFen = 0;
  const stoppedLines: AwardLine[] = [];
  let stoppedFen = 0;
  for (const line of award.lines) {
    if (paidLineIds.has(line.id)) {
      if (line.kind === 'settling_in') paidSettlingInFen += line.amountFen;
    } else {
      stoppedLines.push(line);
      stoppedFen += line.amountFen;
    }
  }
  const waived = input.waived === true && policy.clawback.value.waivable;
  const clawbackFen =
    waived || commitment === 0 ? 0 : Math.floor((paidSettlingInFen * unserved) / commitment);

  const params = {
    commitment,
    served,
    unserved,
    endsOn: award.serviceEndsOn,
    paid: fen(paidSettlingInFen),
    amount: fen(clawbackFen),
  };
  const sentences = [
    sentence(unserved === 0 ? 'clawback.served' : waived ? 'clawback.waived' : 'clawback.due', params),
  ];
  if (stoppedLines.length > 0) {
    sentences.push(sentence('clawback.stopped', { count: stoppedLines.length, amount: fen(stoppedFen) }));
  }
  return {
    commitmentMonths: commitment,
    servedMonths: served,
    unservedMonths: unserved,
    paidSettlingInFen,
    clawbackFen,
    waived,
    stoppedLines,
    stoppedFen,
    clause: policy.clawback.clause,
    explanation: joinSentences(sentences),
  };
}

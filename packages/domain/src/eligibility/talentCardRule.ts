import { clause } from '../policy/clauses';
import { type Criterion, dataCriterion, sentence } from './criterion';
import type { Rule } from './evaluate';
import type { SettlementFacts } from './settlementFacts';

/**
 * 二(一)5 green channel: holders of the 陇原人才服务卡 settle "在持卡有效期内" — the card must be in the
 * bureau's registry under the applicant's ID, not revoked, and valid on the application date.
 */
export const talentCardRule: Rule<SettlementFacts> = (facts) => {
  if (facts.route !== 'talent_card') return null;
  const c = clause('二(一)5');
  const card = facts.talentCard;
  const date = facts.applicationDate;
  if (card === undefined || !card.found || !card.holderIdMatches) {
    // Without a matching card there is no status or validity to judge yet.
    const registered: Criterion =
      card === undefined
        ? dataCriterion(
            'talentCard.registered',
            'needs_evidence',
            null,
            true,
            c,
            sentence('eligibility.talentCard.registered.unknown'),
          )
        : dataCriterion(
            'talentCard.registered',
            'fail',
            false,
            true,
            c,
            sentence('eligibility.talentCard.registered.fail'),
          );
    return [
      registered,
      dataCriterion(
        'talentCard.notRevoked',
        'needs_evidence',
        null,
        'valid',
        c,
        sentence('eligibility.talentCard.notRevoked.unknown'),
      ),
      dataCriterion(
        'talentCard.valid',
        'needs_evidence',
        null,
        date,
        c,
        sentence('eligibility.talentCard.valid.unknown'),
      ),
    ];
  }
  const notRevoked = card.status === 'valid';
  // 秒批 trusts a typed-in ID only when the person is known to be its holder (decision 0008): otherwise
  // a reviewer reads the ID card, so the criterion rests on a document and waits for them.
  const identified = card.holderNameMatches && card.identityVerified;
  const identity: Criterion = identified
    ? dataCriterion(
        'identity.verified',
        'pass',
        true,
        true,
        c,
        sentence('eligibility.identity.verified.pass'),
      )
    : {
        id: 'identity.verified',
        status: 'needs_evidence',
        measured: card.holderNameMatches ? 'unverified' : 'name_mismatch',
        required: true,
        clause: c,
        basis: 'document',
        sentence: sentence(
          card.holderNameMatches
            ? 'eligibility.identity.verified.unverified'
            : 'eligibility.identity.verified.nameMismatch',
        ),
      };
  const valid = card.issueDate <= date && date <= card.expiryDate;
  const validity = { issueDate: card.issueDate, expiryDate: card.expiryDate, date };
  return [
    dataCriterion(
      'talentCard.registered',
      'pass',
      card.cardNumber,
      true,
      c,
      sentence('eligibility.talentCard.registered.pass', { cardNumber: card.cardNumber }),
    ),
    dataCriterion(
      'talentCard.notRevoked',
      notRevoked ? 'pass' : 'fail',
      card.status,
      'valid',
      c,
      sentence(
        notRevoked ? 'eligibility.talentCard.notRevoked.pass' : 'eligibility.talentCard.notRevoked.fail',
      ),
    ),
    dataCriterion(
      'talentCard.valid',
      valid ? 'pass' : 'fail',
      `${card.issueDate}/${card.expiryDate}`,
      date,
      c,
      sentence(valid ? 'eligibility.talentCard.valid.pass' : 'eligibility.talentCard.valid.fail', validity),
    ),
    identity,
  ];
};

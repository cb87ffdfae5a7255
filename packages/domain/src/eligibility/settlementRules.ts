import { addMonths, monthsBetween } from '../dates/isoDate';
import { clause } from '../policy/clauses';
import { type Criterion, type CriterionStatus, sentence, term, terms } from './criterion';
import type { Rule } from './evaluate';
import { documentCriterion } from './evidence';
import type { Relation, SettlementFacts, TownKind } from './settlementFacts';
import { routeSpecs } from './settlementRoutes';

const TOWNS: readonly TownKind[] = ['xifeng_urban', 'county_seat', 'organised_town'];
const DIRECT_RELATIVES: readonly Relation[] = ['spouse', 'child', 'parent'];

function criterion(
  id: string,
  status: CriterionStatus,
  measured: Criterion['measured'],
  required: Criterion['required'],
  ruleClause: string,
  text: Criterion['sentence'],
  member?: number,
): Criterion {
  const c = { id, status, measured, required, clause: ruleClause, basis: 'data' as const, sentence: text };
  return member === undefined ? c : { ...c, member };
}

const documents: Rule<SettlementFacts> = (facts) => {
  const spec = routeSpecs[facts.route];
  return spec.documents(facts).map((kind) => documentCriterion(kind, facts.documents[kind], spec.clause));
};

const place: Rule<SettlementFacts> = (facts) => {
  const spec = routeSpecs[facts.route];
  if (spec.places === null) return null;
  const allowed = spec.places;
  if (facts.settleAt === undefined) {
    return criterion(
      'settlement.place',
      'needs_evidence',
      null,
      allowed,
      spec.clause,
      sentence('eligibility.settlePlace.unknown'),
    );
  }
  const ok = allowed.includes(facts.settleAt);
  const params = { place: term(`place.${facts.settleAt}`), allowed: terms('place.', allowed) };
  const text = sentence(ok ? 'eligibility.settlePlace.pass' : 'eligibility.settlePlace.fail', params);
  return criterion('settlement.place', ok ? 'pass' : 'fail', facts.settleAt, allowed, spec.clause, text);
};

// 二(一)4 + the national convention: a fresh graduate applies within the job-search window after graduating.
const freshGraduate: Rule<SettlementFacts> = (facts, policy) => {
  if (facts.route !== 'graduate') return null;
  const window = policy.freshGraduateWindowMonths;
  const { graduationDate, applicationDate } = facts;
  if (graduationDate === undefined) {
    return criterion(
      'graduate.fresh',
      'needs_evidence',
      null,
      window.value,
      window.clause,
      sentence('eligibility.freshGraduate.unknown'),
    );
  }
  if (graduationDate > applicationDate) {
    return criterion(
      'graduate.fresh',
      'fail',
      graduationDate,
      window.value,
      window.clause,
      sentence('eligibility.freshGraduate.notYet', { graduationDate }),
    );
  }
  const months = monthsBetween(graduationDate, applicationDate);
  const ok = addMonths(graduationDate, window.value) >= applicationDate;
  const params = { graduationDate, months, window: window.value };
  return criterion(
    'graduate.fresh',
    ok ? 'pass' : 'fail',
    months,
    window.value,
    window.clause,
    sentence(ok ? 'eligibility.freshGraduate.pass' : 'eligibility.freshGraduate.fail', params),
  );
};

function townCriterion(
  id: string,
  messagePrefix: string,
  area: TownKind | undefined,
  ruleClause: string,
): Criterion {
  if (area === undefined) {
    return criterion(id, 'needs_evidence', null, TOWNS, ruleClause, sentence(`${messagePrefix}.unknown`));
  }
  const ok = TOWNS.includes(area);
  return criterion(
    id,
    ok ? 'pass' : 'fail',
    area,
    TOWNS,
    ruleClause,
    sentence(`${messagePrefix}.${ok ? 'pass' : 'fail'}`, { area: term(`town.${area}`) }),
  );
}

// 二(一)1: the residence lies in Xifeng urban area, a county seat town or an organised town.
const residenceArea: Rule<SettlementFacts> = (facts) =>
  facts.route === 'residence'
    ? townCriterion('residence.area', 'eligibility.residenceArea', facts.residenceArea, clause('二(一)1'))
    : null;

function relationCriterion(relation: Relation | undefined, ruleClause: string, member?: number): Criterion {
  if (relation === undefined) {
    const text = sentence('eligibility.relation.unknown');
    return criterion('relation', 'needs_evidence', null, DIRECT_RELATIVES, ruleClause, text, member);
  }
  const ok = DIRECT_RELATIVES.includes(relation);
  const text = sentence(ok ? 'eligibility.relation.pass' : 'eligibility.relation.fail', {
    relation: term(`relation.${relation}`),
  });
  return criterion('relation', ok ? 'pass' : 'fail', relation, DIRECT_RELATIVES, ruleClause, text, member);
}

// 二(一)3: spouse, children or parents of someone registered in the towns.
const relative: Rule<SettlementFacts> = (facts) => {
  if (facts.route !== 'relative') return null;
  const ruleClause = clause('二(一)3');
  return [
    relationCriterion(facts.relative?.relation, ruleClause),
    townCriterion('relative.town', 'eligibility.relativeTown', facts.relative?.registeredIn, ruleClause),
  ];
};

// Family members settle with the applicant only where the route's clause names them (二(一)1, 2, 5).
const family: Rule<SettlementFacts> = (facts) => {
  const members = facts.family ?? [];
  if (members.length === 0) return null;
  const spec = routeSpecs[facts.route];
  if (spec.family === 'none') {
    return criterion(
      'family.allowed',
      'fail',
      members.length,
      0,
      spec.clause,
      sentence('eligibility.familyNotInRoute.fail'),
    );
  }
  return members.flatMap((m, i) => {
    const out = [relationCriterion(m.relation, spec.clause, i)];
    if (spec.family === 'co_resident') out.push(coResident(m.coResident, m.relation, spec.clause, i));
    out.push(documentCriterion('relationship_proof', m.documents?.relationship_proof, spec.clause, i));
    return out;
  });
};

function coResident(
  value: boolean | undefined,
  relation: Relation | undefined,
  ruleClause: string,
  member: number,
): Criterion {
  const params = { relation: term(`relation.${relation ?? 'other'}`) };
  const outcome = value === undefined ? 'unknown' : value ? 'pass' : 'fail';
  const status: CriterionStatus = value === undefined ? 'needs_evidence' : value ? 'pass' : 'fail';
  const text = sentence(`eligibility.coResident.${outcome}`, params);
  return criterion('family.coResident', status, value ?? null, true, ruleClause, text, member);
}

// 二(一)5 green channel: a registered card, not revoked, valid on the application date.
const talentCard: Rule<SettlementFacts> = (facts) => {
  if (facts.route !== 'talent_card') return null;
  const ruleClause = clause('二(一)5');
  const card = facts.talentCard;
  if (card === undefined || !card.found || !card.holderIdMatches) {
    const registered =
      card === undefined
        ? criterion(
            'talentCard.registered',
            'needs_evidence',
            null,
            true,
            ruleClause,
            sentence('eligibility.talentCard.registered.unknown'),
          )
        : criterion(
            'talentCard.registered',
            'fail',
            false,
            true,
            ruleClause,
            sentence('eligibility.talentCard.registered.fail'),
          );
    return [
      registered,
      criterion(
        'talentCard.notRevoked',
        'needs_evidence',
        null,
        'valid',
        ruleClause,
        sentence('eligibility.talentCard.notRevoked.unknown'),
      ),
      criterion(
        'talentCard.valid',
        'needs_evidence',
        null,
        facts.applicationDate,
        ruleClause,
        sentence('eligibility.talentCard.valid.unknown'),
      ),
    ];
  }
  const date = facts.applicationDate;
  const valid = card.issueDate <= date && date <= card.expiryDate;
  const validity = { issueDate: card.issueDate, expiryDate: card.expiryDate, date };
  return [
    criterion(
      'talentCard.registered',
      'pass',
      card.cardNumber,
      true,
      ruleClause,
      sentence('eligibility.talentCard.registered.pass', { cardNumber: card.cardNumber }),
    ),
    criterion(
      'talentCard.notRevoked',
      card.status === 'valid' ? 'pass' : 'fail',
      card.status,
      'valid',
      ruleClause,
      sentence(
        card.status === 'valid'
          ? 'eligibility.talentCard.notRevoked.pass'
          : 'eligibility.talentCard.notRevoked.fail',
      ),
    ),
    criterion(
      'talentCard.valid',
      valid ? 'pass' : 'fail',
      `${card.issueDate}/${card.expiryDate}`,
      date,
      ruleClause,
      sentence(valid ? 'eligibility.talentCard.valid.pass' : 'eligibility.talentCard.valid.fail', validity),
    ),
  ];
};

export const settlementRules: readonly Rule<SettlementFacts>[] = [
  talentCard,
  freshGraduate,
  residenceArea,
  relative,
  place,
  documents,
  family,
];

import { addMonths, monthsBetween } from '../dates/isoDate';
import { clause } from '../policy/clauses';
import { dataCriterion, sentence, term, terms } from './criterion';
import type { Rule } from './evaluate';
import { documentCriterion } from './evidence';
import { familyRule } from './familyRule';
import { relationCriterion, townCriterion } from './relationRules';
import type { SettlementFacts } from './settlementFacts';
import { routeSpecs } from './settlementRoutes';
import { talentCardRule } from './talentCardRule';

// Each route asks for the documents its clause lists (settlementRoutes.ts), no more.
const documents: Rule<SettlementFacts> = (facts) => {
  const spec = routeSpecs[facts.route];
  return spec.documents(facts).map((kind) => documentCriterion(kind, facts.documents[kind], spec.clause));
};

// Each route settles at the places its clause names; 二(二)4 adds the community collective household.
const place: Rule<SettlementFacts> = (facts) => {
  const spec = routeSpecs[facts.route];
  if (spec.places === null) return null;
  const allowed = spec.places;
  const id = 'settlement.place';
  if (facts.settleAt === undefined) {
    return dataCriterion(
      id,
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
  return dataCriterion(id, ok ? 'pass' : 'fail', facts.settleAt, allowed, spec.clause, text);
};

// 二(一)4 + the national convention: a fresh graduate applies within the job-search window after graduating.
const freshGraduate: Rule<SettlementFacts> = (facts, policy) => {
  if (facts.route !== 'graduate') return null;
  const window = policy.freshGraduateWindowMonths;
  const { graduationDate, applicationDate } = facts;
  const id = 'graduate.fresh';
  if (graduationDate === undefined) {
    return dataCriterion(
      id,
      'needs_evidence',
      null,
      window.value,
      window.clause,
      sentence('eligibility.freshGraduate.unknown'),
    );
  }
  if (graduationDate > applicationDate) {
    const text = sentence('eligibility.freshGraduate.notYet', { graduationDate });
    return dataCriterion(id, 'fail', graduationDate, window.value, window.clause, text);
  }
  const months = monthsBetween(graduationDate, applicationDate);
  const ok = addMonths(graduationDate, window.value) >= applicationDate;
  const params = { graduationDate, months, window: window.value };
  const text = sentence(ok ? 'eligibility.freshGraduate.pass' : 'eligibility.freshGraduate.fail', params);
  return dataCriterion(id, ok ? 'pass' : 'fail', months, window.value, window.clause, text);
};

// 二(一)1: the residence lies in Xifeng urban area, a county seat town or an organised town.
const residenceArea: Rule<SettlementFacts> = (facts) =>
  facts.route === 'residence'
    ? townCriterion('residence.area', 'eligibility.residenceArea', facts.residenceArea, clause('二(一)1'))
    : null;

// 二(一)3: spouse, children or parents of someone registered in the towns.
const relative: Rule<SettlementFacts> = (facts) => {
  if (facts.route !== 'relative') return null;
  const c = clause('二(一)3');
  return [
    relationCriterion(facts.relative?.relation, c),
    townCriterion('relative.town', 'eligibility.relativeTown', facts.relative?.registeredIn, c),
  ];
};

export const settlementRules: readonly Rule<SettlementFacts>[] = [
  talentCardRule,
  freshGraduate,
  residenceArea,
  relative,
  place,
  documents,
  familyRule,
];

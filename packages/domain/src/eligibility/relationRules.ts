import { type Criterion, dataCriterion, sentence, term } from './criterion';
import type { Relation, TownKind } from './settlementFacts';

/** 二(一)1 and 3 name the same towns: Xifeng urban area, county seat towns and organised towns. */
const TOWNS: readonly TownKind[] = ['xifeng_urban', 'county_seat', 'organised_town'];
/** The routes of 二(一) that name relatives name spouse, children and parents. */
const DIRECT_RELATIVES: readonly Relation[] = ['spouse', 'child', 'parent'];

export function townCriterion(
  id: string,
  messagePrefix: string,
  area: TownKind | undefined,
  clause: string,
): Criterion {
  if (area === undefined) {
    return dataCriterion(id, 'needs_evidence', null, TOWNS, clause, sentence(`${messagePrefix}.unknown`));
  }
  const ok = TOWNS.includes(area);
  const text = sentence(`${messagePrefix}.${ok ? 'pass' : 'fail'}`, { area: term(`town.${area}`) });
  return dataCriterion(id, ok ? 'pass' : 'fail', area, TOWNS, clause, text);
}

export function relationCriterion(
  relation: Relation | undefined,
  clause: string,
  member?: number,
): Criterion {
  if (relation === undefined) {
    const text = sentence('eligibility.relation.unknown');
    return dataCriterion('relation', 'needs_evidence', null, DIRECT_RELATIVES, clause, text, member);
  }
  const ok = DIRECT_RELATIVES.includes(relation);
  const text = sentence(ok ? 'eligibility.relation.pass' : 'eligibility.relation.fail', {
    relation: term(`relation.${relation}`),
  });
  return dataCriterion('relation', ok ? 'pass' : 'fail', relation, DIRECT_RELATIVES, clause, text, member);
}

import { type Criterion, type CriterionStatus, dataCriterion, sentence, term } from './criterion';
import type { Rule } from './evaluate';
import { documentCriterion, type EvidenceState } from './evidence';
import { relationCriterion } from './relationRules';
import type { Relation, SettlementFacts } from './settlementFacts';
import { routeSpecs } from './settlementRoutes';

/**
 * Family members settle with the applicant, in the same application, only where the route's clause
 * names them (二(一)1, 2, 5); where it says "共同居住生活" they must live with the applicant.
 */
export const familyRule: Rule<SettlementFacts> = (facts) => {
  const members = facts.family ?? [];
  if (members.length === 0) return null;
  const spec = routeSpecs[facts.route];
  if (spec.family === 'none') {
    const text = sentence('eligibility.familyNotInRoute.fail');
    return dataCriterion('family.allowed', 'fail', members.length, 0, spec.clause, text);
  }
  return members.flatMap((m, i) => {
    const out = [relationCriterion(m.relation, spec.clause, i)];
    if (spec.family === 'co_resident') out.push(coResident(m.coResident, m.relation, spec.clause, i));
    out.push(
      spec.familyProofSeenAtRegistration
        ? proofAttached(m.documents?.relationship_proof, spec.clause, i)
        : documentCriterion('relationship_proof', m.documents?.relationship_proof, spec.clause, i),
    );
    return out;
  });
};

function coResident(
  value: boolean | undefined,
  relation: Relation | undefined,
  clause: string,
  member: number,
): Criterion {
  const params = { relation: term(`relation.${relation ?? 'other'}`) };
  const outcome = value === undefined ? 'unknown' : value ? 'pass' : 'fail';
  const status: CriterionStatus = value === undefined ? 'needs_evidence' : value ? 'pass' : 'fail';
  const text = sentence(`eligibility.coResident.${outcome}`, params);
  return dataCriterion('family.coResident', status, value ?? null, true, clause, text, member);
}

// Measured by the platform: a proof is attached (or not); the registrar sees its original at registration.
function proofAttached(state: EvidenceState | undefined, clause: string, member: number): Criterion {
  const attached = state !== undefined && state !== 'missing' && state !== 'rejected';
  const text = sentence(`eligibility.family.proofAttached.${attached ? 'pass' : 'missing'}`);
  const status: CriterionStatus = attached ? 'pass' : state === 'rejected' ? 'fail' : 'needs_evidence';
  return dataCriterion('family.proofAttached', status, state ?? 'missing', 'attached', clause, text, member);
}

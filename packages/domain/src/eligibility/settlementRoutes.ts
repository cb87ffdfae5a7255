import { clause } from '../policy/clauses';
import type { DocumentKind } from './evidence';
import type { SettlementFacts, SettlementPlace, SettlementRoute } from './settlementFacts';

/**
 * What each route of 二(一) asks for, as policy.md lists it — and nothing more: the policy is "zero
 * threshold" (零门槛), so a route checks only the documents, places and family members its clause names.
 */
export type RouteSpec = {
  clause: string;
  documents: (facts: SettlementFacts) => readonly DocumentKind[];
  /** Null when the clause names no place, so none is checked. */
  places: readonly SettlementPlace[] | null;
  /** Which family members may settle with the applicant in the same application. */
  family: 'none' | 'any' | 'co_resident';
  /**
   * The green channel checks the family's relationship proofs by their presence (data) and leaves the
   * originals to the registrar's counter, so a case can pass instant approval (docs/decisions/0006).
   */
  familyProofSeenAtRegistration?: true;
};

// 二(二)4: anyone who cannot register at their actual address may use the community collective household.
const atResidence: readonly SettlementPlace[] = ['own_residence', 'community_collective'];
// 二(一)5: "在工作地和实际居住地" — the employer's collective household or the actual residence.
const atWorkOrResidence: readonly SettlementPlace[] = ['employer_collective', ...atResidence];

export const routeSpecs: Readonly<Record<SettlementRoute, RouteSpec>> = {
  // 二(一)4: 毕业证、户口迁移证、居民身份证; places (a)–(e). No employment and no 报到证 (abolished 2023).
  graduate: {
    clause: clause('二(一)4'),
    documents: () => ['graduation_certificate', 'household_migration_certificate', 'resident_id_card'],
    places: [
      'own_residence',
      'relative_residence',
      'employer_collective',
      'talent_centre_collective',
      'police_station_collective',
      'community_collective',
    ],
    family: 'none',
  },
  // 二(一)5 green channel: the card registry replaces documents; spouse, children, parents may join.
  talent_card: {
    clause: clause('二(一)5'),
    documents: () => [],
    places: atWorkOrResidence,
    family: 'any',
    familyProofSeenAtRegistration: true,
  },
  // 二(一)5: 凭调动手续和任命文件, with co-resident spouse, children, parents.
  transferred_staff: {
    clause: clause('二(一)5'),
    documents: () => ['transfer_papers', 'appointment_document'],
    places: atWorkOrResidence,
    family: 'co_resident',
  },
  // 二(一)5: 劳动合同、聘任协议、任命文件、居民身份证、购(租)房屋证; the housing proof only matters when
  // settling at the residence — asking it of someone joining the employer's collective household would add a condition.
  introduced_talent: {
    clause: clause('二(一)5'),
    documents: (facts) =>
      facts.settleAt === 'employer_collective'
        ? ['employment_contract', 'resident_id_card']
        : ['employment_contract', 'resident_id_card', 'property_or_lease_certificate'],
    places: atWorkOrResidence,
    family: 'co_resident',
  },
  // 二(一)1: a legal stable residence (rental included) in the towns; co-resident family.
  residence: {
    clause: clause('二(一)1'),
    documents: () => ['property_or_lease_certificate'],
    places: atResidence,
    family: 'co_resident',
  },
  // 二(一)2: legal stable employment, settling at the place of employment. The clause's "without a
  // residence" says who needs this route; refusing someone who also has a home would add a condition.
  employment: {
    clause: clause('二(一)2'),
    documents: () => ['employment_proof'],
    places: ['employer_collective', 'community_collective'],
    family: 'any',
  },
  // 二(一)3: spouse, children, parents of a person registered in the towns.
  relative: {
    clause: clause('二(一)3'),
    documents: () => ['relationship_proof', 'relative_household_booklet'],
    places: ['relative_residence'],
    family: 'none',
  },
  // 二(一)6: 凭个人退伍证、身份证 — the clause names no place.
  veteran: {
    clause: clause('二(一)6'),
    documents: () => ['discharge_certificate', 'resident_id_card'],
    places: null,
    family: 'none',
  },
  // 二(一)7: 凭户口簿、身份证、购(租)房屋证, at the new address, without visiting the origin station.
  intra_city_move: {
    clause: clause('二(一)7'),
    documents: () => ['household_booklet', 'resident_id_card', 'property_or_lease_certificate'],
    places: atResidence,
    family: 'none',
  },
};

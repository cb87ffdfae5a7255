import type { IsoDate } from '../dates/isoDate';
import type { Documents } from './evidence';

/** The routes of 二(一). */
export const settlementRoutes = [
  'graduate',
  'talent_card',
  'transferred_staff',
  'introduced_talent',
  'residence',
  'employment',
  'relative',
  'veteran',
  'intra_city_move',
] as const;
export type SettlementRoute = (typeof settlementRoutes)[number];

/** Where the household is registered: an own or relative's address, or a collective household (二(二)4). */
export const settlementPlaces = [
  'own_residence',
  'relative_residence',
  'employer_collective',
  'talent_centre_collective',
  'police_station_collective',
  'community_collective',
] as const;
export type SettlementPlace = (typeof settlementPlaces)[number];

export const townKinds = ['xifeng_urban', 'county_seat', 'organised_town', 'rural'] as const;
export type TownKind = (typeof townKinds)[number];

export const relations = ['spouse', 'child', 'parent', 'other'] as const;
export type Relation = (typeof relations)[number];

export type FamilyMemberFacts = { relation?: Relation; coResident?: boolean; documents?: Documents };

/** What the bureau's card registry says about the card named in a green-channel application. */
export type TalentCardCheck =
  | { found: false }
  | {
      found: true;
      cardNumber: string;
      holderIdMatches: boolean;
      /** The applicant's name is the holder's name in the registry (decision 0008). */
      holderNameMatches: boolean;
      /** The applicant's identity was verified: by the registry, or by a reviewer from the ID-card scan. */
      identityVerified: boolean;
      status: 'valid' | 'revoked';
      issueDate: IsoDate;
      expiryDate: IsoDate;
    };

/** What is known about a settlement application; anything not yet known is left out. */
export type SettlementFacts = {
  route: SettlementRoute;
  applicationDate: IsoDate;
  documents: Documents;
  settleAt?: SettlementPlace;
  graduationDate?: IsoDate;
  residenceArea?: TownKind;
  relative?: { relation?: Relation; registeredIn?: TownKind };
  talentCard?: TalentCardCheck;
  family?: readonly FamilyMemberFacts[];
};

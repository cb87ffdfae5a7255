import { makeResidentId, makeUscc } from '@talent/domain/fakes';

// The demo's fixed identities, apart from the seed so that every capability's seed can use them.
export const DEMO_PASSWORD = 'qingyang2026';

/** 621002 西峰区, born 1998-06-15, male: a valid number with its check character computed. */
export const DEMO_RESIDENT_ID = makeResidentId({
  regionCode: '621002',
  birthDate: '1998-06-15',
  sex: 'male',
  seq: 11,
});
export const DEMO_EMPLOYER = { name: '庆阳市示范科技有限公司', uscc: makeUscc({ orgCode: 'MA74QY001' }) };
export const DEMO_PENDING_EMPLOYER = {
  name: '庆阳市待审商贸有限公司',
  uscc: makeUscc({ orgCode: 'MA74QY002' }),
};

/**
 * 陇原人才服务卡: the demo card holder (seedTalentCards opens the applicant account, with this resident
 * ID on file, and registers the card) — the green channel's demo and e2e apply as this person.
 */
export const DEMO_TALENT_CARD_HOLDER = {
  mobile: '13800138010',
  name: '周博文',
  residentId: makeResidentId({ regionCode: '621002', birthDate: '1985-09-23', sex: 'male', seq: 71 }),
  cardNumber: 'LYRC-A-2025-0001',
  tier: 'A',
};
/** A second holder with an account, whose card expires within 60 days of the seed (and was warned). */
export const DEMO_EXPIRING_CARD_HOLDER = {
  mobile: '13800138011',
  name: '吴雅琴',
  residentId: makeResidentId({ regionCode: '621021', birthDate: '1982-04-17', sex: 'female', seq: 82 }),
  cardNumber: 'LYRC-A-2023-0107',
  tier: 'A',
};

/**
 * 补贴申领: graduates whose employment the employer confirmed, each with a subsidy claim standing at
 * one state (seedSubsidyClaims). 孙悦 has not claimed yet: the applicant portal's claim form opens for
 * her. The approved ones await their public notice (the notice and disbursement seeds take them on).
 */
export const DEMO_CLAIMANTS = [
  { mobile: '13800138020', name: '孙悦', tier: 'bachelor', born: '2000-04-18', sex: 'female', claim: 'none' },
  {
    mobile: '13800138021',
    name: '钱坤',
    tier: 'master',
    born: '1997-10-02',
    sex: 'male',
    claim: 'submitted',
  },
  {
    mobile: '13800138022',
    name: '周敏',
    tier: 'bachelor',
    born: '2001-01-09',
    sex: 'female',
    claim: 'under_review',
  },
  {
    mobile: '13800138023',
    name: '吴昊',
    tier: 'junior_college',
    born: '2002-06-21',
    sex: 'male',
    claim: 'returned',
  },
  {
    mobile: '13800138024',
    name: '郑爽',
    tier: 'master',
    born: '1996-12-12',
    sex: 'female',
    claim: 'recommended',
  },
  {
    mobile: '13800138025',
    name: '冯晨',
    tier: 'doctorate',
    born: '1990-03-30',
    sex: 'male',
    claim: 'approved',
  },
  {
    mobile: '13800138026',
    name: '陈曦',
    tier: 'bachelor',
    born: '1999-08-16',
    sex: 'female',
    claim: 'approved',
  },
  { mobile: '13800138027', name: '褚楠', tier: 'master', born: '1995-05-05', sex: 'male', claim: 'approved' },
  {
    mobile: '13800138028',
    name: '卫东',
    tier: 'bachelor',
    born: '2000-11-11',
    sex: 'male',
    claim: 'approved',
  },
  {
    mobile: '13800138029',
    name: '蒋琳',
    tier: 'bachelor',
    born: '2001-02-27',
    sex: 'female',
    claim: 'rejected',
  },
  // Kept unclaimed for the subsidy-claim journey test (test/e2e/subsidy-claim.e2e.test.ts).
  {
    mobile: '13800138040',
    name: '孔洁',
    tier: 'master',
    born: '1996-07-19',
    sex: 'female',
    claim: 'none',
  },
] as const;

const demoStaff = [
  'admin',
  'admin2',
  'reviewer',
  'approver',
  'registrar',
  'finance',
  'finance2',
  'auditor',
  'chief',
];

/**
 * The person behind a demo staff account (decision 0008): a valid, stable, distinct resident ID each
 * (西峰区, born 1980-01-01), so four eyes hold between them; chief is one person with two roles.
 */
export function demoStaffResidentId(username: string): string {
  const index = demoStaff.indexOf(username);
  if (index < 0) throw new Error(`not a demo staff account: ${username}`);
  return makeResidentId({ regionCode: '621002', birthDate: '1980-01-01', seq: 901 + 2 * index });
}

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

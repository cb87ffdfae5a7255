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

import { employerSignUpSchema, organisationProfileSchema } from '@talent/domain';
import { makeUscc } from '@talent/domain/fakes';
import * as auth from '../capabilities/auth/service.js';
import * as employers from '../capabilities/employers/service.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { actorOf, findSessionUser } from '../platform/session.js';
import { DEMO_PASSWORD } from './demo.js';

/** A second verified organisation with a collective household, so a graduate has a choice. */
export const DEMO_COLLECTIVE_EMPLOYER = {
  name: '庆阳市陇东人力资源有限公司',
  uscc: makeUscc({ orgCode: 'MA74QY003' }),
  contactName: '陈主任',
  contactMobile: '13600136000',
};
/** An organisation the bureau rejected, with the reason it gave: the queue shows every status. */
export const DEMO_REJECTED_EMPLOYER = {
  name: '庆阳市未核实贸易有限公司',
  uscc: makeUscc({ orgCode: 'MA74QY004' }),
  contactName: '周经理',
  contactMobile: '13500135000',
};

type Demo = {
  login: string;
  profile: {
    orgType: string;
    countyCode: string;
    address: string;
    keepsCollectiveHousehold: boolean;
    collectiveCapacity: number;
  };
};

const profiles: Demo[] = [
  {
    login: '13900139000',
    profile: {
      orgType: 'enterprise',
      countyCode: '621002',
      address: '西峰区长庆大道88号',
      keepsCollectiveHousehold: true,
      collectiveCapacity: 20,
    },
  },
  {
    login: DEMO_COLLECTIVE_EMPLOYER.contactMobile,
    profile: {
      orgType: 'enterprise',
      countyCode: '621021',
      address: '庆城县凤城大道16号',
      keepsCollectiveHousehold: true,
      collectiveCapacity: 10,
    },
  },
  {
    login: '13700137000',
    profile: {
      orgType: 'enterprise',
      countyCode: '621026',
      address: '宁县新宁镇南大街3号',
      keepsCollectiveHousehold: false,
      collectiveCapacity: 0,
    },
  },
];

/**
 * The employer side's demo data, created through the employers capability so that the audit trail is
 * real, and skipped where it already exists: the demo organisations' profiles (with collective
 * households), a second verified organisation offering one, and a rejected organisation. Expects
 * seedDemo's accounts (the demo employers, the bureau reviewer).
 */
export async function seedEmployers(db: Db, ctx: ServiceContext): Promise<{ created: string[] }> {
  const created: string[] = [];
  const reviewer = await actorByLogin(db, 'bureau', 'reviewer');

  for (const demo of [DEMO_COLLECTIVE_EMPLOYER, DEMO_REJECTED_EMPLOYER]) {
    if (await userByLogin(db, 'employer', demo.contactMobile)) continue;
    await auth.signUpEmployer(
      db,
      employerSignUpSchema.parse({
        uscc: demo.uscc,
        orgName: demo.name,
        contactName: demo.contactName,
        contactMobile: demo.contactMobile,
        password: DEMO_PASSWORD,
      }),
      ctx,
    );
    created.push(`employer ${demo.name}`);
  }

  for (const { login, profile } of profiles) {
    const admin = await actorByLogin(db, 'employer', login);
    const current = await employers.getOrganisation(db, admin);
    if (current.address !== null) continue;
    await employers.updateOrganisation(
      db,
      admin,
      organisationProfileSchema.parse({ ...profile, name: current.name, licenceDocumentId: null }),
      ctx,
    );
    created.push(`profile of ${current.name}`);
  }

  const decisions = [
    { login: DEMO_COLLECTIVE_EMPLOYER.contactMobile, decision: 'verify' as const },
    {
      login: DEMO_REJECTED_EMPLOYER.contactMobile,
      decision: 'reject' as const,
      reason: '营业执照上的名称与填报的单位名称不一致,请核对后重新提交',
    },
  ];
  for (const { login, ...input } of decisions) {
    const admin = await actorByLogin(db, 'employer', login);
    const organisation = await employers.getOrganisation(db, admin);
    if (organisation.status !== 'pending') continue;
    await employers.decideEmployer(db, reviewer, organisation.id, input, ctx);
    created.push(`employer ${input.decision} ${organisation.name}`);
  }
  return { created };
}

async function userByLogin(db: Db, kind: 'employer' | 'bureau', login: string) {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', kind)
    .where('login', '=', login)
    .executeTakeFirst();
  return row?.id;
}

async function actorByLogin(db: Db, kind: 'employer' | 'bureau', login: string) {
  const id = await userByLogin(db, kind, login);
  const user = id ? await findSessionUser(db, id) : undefined;
  if (!user) throw new Error(`seedEmployers: run seedDemo first (no ${kind} ${login})`);
  return actorOf(user);
}

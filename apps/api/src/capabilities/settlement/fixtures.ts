import { unique } from '@talent/db/testing';
import { makeResidentId } from '@talent/domain/fakes';
import type { TestHarness, TestUser } from '../../testing/index.js';

// Test data for the settlement journey, written straight to the database: each test makes its own.

export type Graduate = TestUser & {
  mobile: string;
  residentId: string | null;
  documents: Record<string, string>;
};

/** A document row owned by the user (the bytes are not needed by these tests). */
export async function documentOf(h: TestHarness, userId: string, name = 'scan.pdf'): Promise<string> {
  const row = await h.db
    .insertInto('document')
    .values({
      owner_user_id: userId,
      sha256: unique('sha').padEnd(64, '0').slice(0, 64),
      mime: 'application/pdf',
      size_bytes: 1234,
      original_name: name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An applicant with a resident ID, a fresh graduate's education on file and the three documents uploaded. */
export async function graduate(h: TestHarness, options: { graduationDate?: string; name?: string } = {}) {
  const user = await h.applicant({ name: options.name ?? '李明' });
  await h.db
    .insertInto('applicant_profile')
    .values({
      user_id: user.id,
      registered_place: '甘肃省兰州市城关区',
      school: '兰州大学',
      tier: 'bachelor',
      major: '计算机科学与技术',
      graduation_date: options.graduationDate ?? '2025-06-30',
      certificate_no: '107301202505001234',
    })
    .execute();
  const documents = {
    graduationCertificate: await documentOf(h, user.id, 'diploma.pdf'),
    householdMigrationCertificate: await documentOf(h, user.id, 'migration.pdf'),
    residentIdCard: await documentOf(h, user.id, 'id.pdf'),
  };
  return { ...user, documents } as Graduate;
}

export async function policeStation(h: TestHarness, countyCode = '621002'): Promise<string> {
  const row = await h.db
    .insertInto('police_station')
    .values({ county_code: countyCode, name: unique('派出所') })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A verified employer keeping a collective household, with a signed-in staff member. */
export async function collectiveEmployer(
  h: TestHarness,
  options: { capacity?: number; role?: 'admin' | 'hr' } = {},
) {
  const staff = await h.employerStaff({ status: 'verified', role: options.role ?? 'hr' });
  await h.db
    .updateTable('employer')
    .set({
      keeps_collective_household: true,
      collective_capacity: options.capacity ?? 5,
      county_code: '621021',
    })
    .where('id', '=', staff.employerId)
    .execute();
  return staff;
}

/** A complete draft body settling at a police-station collective household. */
export async function stationDraft(h: TestHarness, g: Graduate) {
  return {
    route: 'graduate',
    settleAt: 'police_station_collective',
    countyCode: '621002',
    policeStationId: await policeStation(h),
    members: [],
    documents: { ...g.documents, electronicTransfer: false },
  };
}

export function familyMember() {
  return {
    name: '王芳',
    residentId: makeResidentId({ birthDate: '1999-02-03', sex: 'female' }),
    relation: 'spouse',
  };
}

type View = { id: string; state: string; version: number; [k: string]: unknown };

export async function createDraft(h: TestHarness, g: Graduate, body?: unknown): Promise<View> {
  const res = await h.call('POST', '/api/settlements', {
    cookie: g.cookie,
    body: body ?? (await stationDraft(h, g)),
  });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { item: View }).item;
}

export async function fire(
  h: TestHarness,
  user: { cookie: string },
  app: { id: string; version: number },
  event: string,
  body: Record<string, unknown> = {},
) {
  return h.call('POST', `/api/settlements/${app.id}/events`, {
    cookie: user.cookie,
    body: { event, version: app.version, ...body },
  });
}

/** Fires and expects success; returns the new view. */
export async function step(
  h: TestHarness,
  user: { cookie: string },
  app: { id: string; version: number },
  event: string,
  body: Record<string, unknown> = {},
): Promise<View> {
  const res = await fire(h, user, app, event, body);
  if (res.status !== 200) throw new Error(`${event} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { item: View }).item;
}

/** A graduate's application taken up by a reviewer (state under_review). */
export async function underReview(h: TestHarness) {
  const g = await graduate(h);
  const reviewer = await h.bureau(['reviewer']);
  let app = await createDraft(h, g);
  app = await step(h, g, app, 'submit');
  app = await step(h, reviewer, app, 'start_review');
  return { g, reviewer, app };
}

/** A graduate's application approved and registered: the permit is issued. */
export async function registered(h: TestHarness, registrationDate = '2026-03-02') {
  const { g, reviewer, app } = await underReview(h);
  const registrar = await h.bureau(['registrar']);
  const approved = await step(h, reviewer, app, 'approve');
  const done = await step(h, registrar, approved, 'register', {
    householdNumber: 'QY-7788',
    registrationDate,
  });
  return { g, registrar, app: done };
}

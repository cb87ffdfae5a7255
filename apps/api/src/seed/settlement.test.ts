import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDb, type ScratchDb } from '@talent/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../platform/config.js';
import { testPii } from '../testing/index.js';
import { seedDemo } from './seed.js';
import { seedSettlement } from './settlement.js';

beforeAll(() => {
  process.env.TALENT_UPLOADS_DIR = mkdtempSync(path.join(tmpdir(), 'talent-uploads-'));
});

// The demo seed bootstraps the console's first admin and fixed logins: it needs a database of its own.
let scratch: ScratchDb;
afterAll(async () => {
  await scratch?.dispose();
});

describe('seedSettlement', () => {
  it('creates the demo cases through the services, once', async () => {
    scratch = await createScratchDb();
    const h = { db: scratch.db };
    await seedDemo(h.db, { pii: testPii });
    const ctx = {
      requestId: null,
      clientAddress: 'seed',
      pii: testPii,
      signInLimits: defaultConfig.signInLimits,
    };
    await seedSettlement(h.db, ctx);
    expect(await seedSettlement(h.db, ctx)).toEqual([]);
    const states = await h.db
      .selectFrom('settlement_application as a')
      .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
      .select(['u.login', 'a.state'])
      .where('u.login', 'like', '1380013800%')
      .orderBy('u.login')
      .execute();
    expect(states.map((s) => s.state)).toEqual([
      'submitted',
      'under_review',
      'returned',
      'registered',
      'employment_reported',
    ]);
    const audits = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'settlement.register')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    const stations = await h.db.selectFrom('police_station').select('county_code').distinct().execute();
    expect(stations.length).toBeGreaterThanOrEqual(8);
  });
});

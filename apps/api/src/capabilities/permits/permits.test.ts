import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { registered, underReview } from '../settlement/fixtures.js';

type Permit = {
  number: string;
  verificationCode: string;
  verifyUrl: string;
  name: string;
  residentId: string;
};

describe('move-in permits', () => {
  it('gives the holder a printable permit with a verify link, and the public its genuineness only', async () => {
    const h = await createTestHarness();
    const { g, app } = await registered(h);
    const res = await h.call('GET', `/api/settlements/${app.id}/permit`, {
      cookie: g.cookie,
      headers: { host: 'talent.example' },
    });
    expect(res.status).toBe(200);
    const { permit } = (await res.json()) as { permit: Permit };
    expect(permit).toMatchObject({
      name: '李明',
      householdNumber: 'QY-7788',
      registrationDate: '2026-03-02',
    });
    expect(permit.number).toMatch(/^QYZR-2026-\d{6}$/);
    expect(permit.verificationCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(permit.verifyUrl).toBe(`http://talent.example/verify/${permit.verificationCode}`);
    expect(permit.residentId).toContain('**********');

    const check = await h.call('GET', `/api/public/permits/${permit.verificationCode.toLowerCase()}`);
    expect(check.status).toBe(200);
    expect(await check.json()).toEqual({
      permit: { genuine: true, number: permit.number, maskedName: '李*', issuedAt: expect.any(String) },
    });
  });

  it('answers 404 for an unknown, malformed or not yet issued permit', async () => {
    const h = await createTestHarness();
    for (const code of ['AAAA-BBBB-CCCC-DDDD-EEEE', 'x', "'; drop table move_in_permit; --"]) {
      expect((await h.call('GET', `/api/public/permits/${encodeURIComponent(code)}`)).status).toBe(404);
    }
    const { g, app } = await underReview(h);
    const res = await h.call('GET', `/api/settlements/${app.id}/permit`, { cookie: g.cookie });
    expect(res.status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf } from '../../testing/index.js';

const profile = {
  registeredPlace: '甘肃省兰州市城关区',
  school: '兰州大学',
  tier: 'master',
  major: '应用数学',
  graduationDate: '2025-06-30',
  certificateNo: '107301202505009999',
};

describe('applicant profile', () => {
  it('starts empty, saves, and overwrites', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const empty = await (await h.call('GET', '/api/applicant/profile', { cookie: a.cookie })).json();
    expect(empty).toEqual({
      profile: {
        registeredPlace: null,
        school: null,
        tier: null,
        major: null,
        graduationDate: null,
        certificateNo: null,
        complete: false,
      },
    });
    const saved = await h.call('PUT', '/api/applicant/profile', { cookie: a.cookie, body: profile });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ profile: { ...profile, complete: true } });
    const again = await h.call('PUT', '/api/applicant/profile', {
      cookie: a.cookie,
      body: { ...profile, major: '统计学' },
    });
    expect(((await again.json()) as { profile: { major: string } }).profile.major).toBe('统计学');
    expect(await h.auditOf(a.id, 'applicant_profile.update')).toHaveLength(2);
  });

  it('validates every field with the domain schema', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('PUT', '/api/applicant/profile', {
      cookie: a.cookie,
      body: { ...profile, tier: 'phd', graduationDate: '2025-02-30', certificateNo: '!' },
    });
    expect(res.status).toBe(400);
    const paths = (await errorOf(res)).details?.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['certificateNo', 'graduationDate', 'tier']);
  });
});

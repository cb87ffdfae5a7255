import { describe, expect, it } from 'vitest';
import { mayCall } from './mayCall';

describe('mayCall', () => {
  it('answers as the permission table does', () => {
    expect(mayCall('GET /api/employer/staff', { kind: 'employer', roles: [], employerRole: 'admin' })).toBe(
      true,
    );
    expect(mayCall('GET /api/employer/staff', { kind: 'employer', roles: [], employerRole: 'hr' })).toBe(
      false,
    );
    expect(mayCall('GET /api/employer/staff', { kind: 'bureau', roles: ['admin'], employerRole: null })).toBe(
      false,
    );
    expect(mayCall('GET /api/audit', { kind: 'bureau', roles: ['reviewer', 'auditor'] })).toBe(true);
  });

  it('lets nobody signed in call only public operations', () => {
    expect(mayCall('GET /api/public/notices', null)).toBe(true);
    expect(mayCall('GET /api/me', null)).toBe(false);
  });
});

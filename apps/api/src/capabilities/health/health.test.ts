import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';

describe('health', () => {
  it('answers ok with the engine after running a query', async () => {
    const h = await createTestHarness();
    const res = await h.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', engine: h.engine });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes the OpenAPI 3.1 document', async () => {
    const h = await createTestHarness();
    const res = await h.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/auth/sign-in',
        '/api/auth/sign-out',
        '/api/auth/sign-up/applicant',
        '/api/auth/sign-up/employer',
        '/api/applicant/profile',
        '/api/documents',
        '/api/documents/{id}/content',
        '/api/disbursements',
        '/api/disbursements/preview',
        '/api/disbursements/failed-lines',
        '/api/disbursements/failed-lines/{id}/reissue',
        '/api/disbursements/{id}',
        '/api/disbursements/{id}/lines',
        '/api/disbursements/{id}/events',
        '/api/disbursements/{id}/roster.csv',
        '/api/disbursements/{id}/roster.xlsx',
        '/api/disbursements/{id}/results',
        '/api/disbursements/{id}/imports',
        '/api/me/payments',
        '/api/policy/current',
        '/api/policy/versions',
        '/api/policy/versions/{key}/diff',
        '/api/public/permits/{code}',
        '/api/reference/collective-employers',
        '/api/reference/employers',
        '/api/reference/police-stations',
        '/api/settlements/{id}/permit',
        '/api/bureau/applicants/{id}',
        '/api/bureau/applicants/{id}/reveal-resident-id',
        '/api/bureau/employers',
        '/api/bureau/employers/{id}/decision',
        '/api/bureau/notice-objections/{id}/resolution',
        '/api/bureau/public-notices',
        '/api/bureau/public-notices/candidates',
        '/api/bureau/public-notices/{id}',
        '/api/bureau/public-notices/{id}/close',
        '/api/bureau/public-notices/{id}/discard',
        '/api/bureau/public-notices/{id}/objections',
        '/api/bureau/public-notices/{id}/publish',
        '/api/public/notices',
        '/api/public/notices/{id}',
        '/api/bureau/settlements',
        '/api/bureau/settlements/counts',
        '/api/bureau/staff',
        '/api/bureau/staff/{id}',
        '/api/employer/collective-requests',
        '/api/employer/collective-requests/{applicationId}/accept',
        '/api/employer/collective-requests/{applicationId}/decline',
        '/api/employer/employment-reports',
        '/api/employer/employment-reports/{id}/confirm',
        '/api/employer/employment-reports/{id}/decline',
        '/api/employer/organisation',
        '/api/employer/staff',
        '/api/employer/talent',
        '/api/health',
        '/api/me',
        '/api/me/password',
        '/api/me/profile',
        '/api/me/resident-id',
        '/api/notifications',
        '/api/notifications/{id}/read',
        '/api/notifications/read-all',
        '/api/settlements',
        '/api/settlements/{id}',
        '/api/settlements/{id}/events/{event}',
        '/api/settlements/{id}/employment',
        '/api/settlements/{id}/reveal',
        '/api/subsidy-claims',
        '/api/subsidy-claims/counts',
        '/api/subsidy-claims/eligibility',
        '/api/subsidy-claims/mine',
        '/api/subsidy-claims/preview',
        '/api/subsidy-claims/{id}',
        '/api/subsidy-claims/{id}/events',
        '/api/subsidy-claims/{id}/reveal',
        '/api/talent-cards',
        '/api/talent-cards/mine',
        '/api/talent-cards/import-template.csv',
        '/api/talent-cards/imports',
        '/api/talent-cards/imports/{id}',
        '/api/talent-cards/imports/{id}/commit',
        '/api/talent-cards/{id}',
        '/api/talent-cards/{id}/revoke',
        '/api/talent-cards/{id}/reveal',
      ].sort(),
    );
  });
});

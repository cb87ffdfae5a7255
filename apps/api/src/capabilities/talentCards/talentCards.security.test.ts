import { describe, expect, it } from 'vitest';
import { createTestHarness, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { cardLines, csvOf, uploadCardFile } from './fixtures.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

async function world() {
  const h = await createTestHarness();
  const reviewer = await h.bureau(['reviewer']);
  const [line] = cardLines(1);
  const created = await h.call('POST', '/api/talent-cards', { cookie: reviewer.cookie, body: line });
  const card = ((await created.json()) as { card: { id: string; version: number } }).card;
  const upload = await uploadCardFile(h, reviewer.cookie, 'cards.csv', csvOf(cardLines(2)));
  const imported = ((await upload.json()) as { import: { id: string } }).import;
  return { h, reviewer, card, importId: imported.id, line: line! };
}

const revokeBody = { reason: '安全测试注销', version: 1 };

describe('talent card routes: security', () => {
  it('answer anonymous callers with 401', async () => {
    const { h, card, importId, line } = await world();
    for (const [method, path, body] of [
      ['GET', '/api/talent-cards', undefined],
      ['GET', '/api/talent-cards/counts', undefined],
      ['POST', '/api/talent-cards', line],
      ['PATCH', `/api/talent-cards/${card.id}`, { ...line, version: 1 }],
      ['POST', `/api/talent-cards/${card.id}/revoke`, revokeBody],
      ['POST', `/api/talent-cards/${card.id}/reveal`, undefined],
      ['GET', `/api/talent-cards/${card.id}/history`, undefined],
      ['GET', '/api/talent-cards/mine', undefined],
      ['GET', '/api/talent-cards/import-template.csv', undefined],
      ['GET', '/api/talent-cards/imports', undefined],
      ['GET', `/api/talent-cards/imports/${importId}`, undefined],
      ['POST', `/api/talent-cards/imports/${importId}/commit`, { mode: 'all' }],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
    expect((await uploadCardFile(h, undefined, 'cards.csv', csvOf(cardLines(1)))).status).toBe(401);
  });

  it('keep applicants and employers out of the registry (403), and the bureau out of an applicant’s own list', async () => {
    const { h, card, importId, line } = await world();
    const applicant = await h.applicant();
    const employer = await h.employerStaff({ status: 'verified' });
    const officer = await h.bureau(['admin']);
    for (const who of [applicant, employer]) {
      for (const [method, path, body] of [
        ['GET', '/api/talent-cards', undefined],
        ['GET', '/api/talent-cards/counts', undefined],
        ['POST', '/api/talent-cards', line],
        ['PATCH', `/api/talent-cards/${card.id}`, { ...line, version: 1 }],
        ['POST', `/api/talent-cards/${card.id}/revoke`, revokeBody],
        ['POST', `/api/talent-cards/${card.id}/reveal`, undefined],
        ['GET', `/api/talent-cards/${card.id}/history`, undefined],
        ['GET', '/api/talent-cards/import-template.csv', undefined],
        ['GET', '/api/talent-cards/imports', undefined],
        ['GET', `/api/talent-cards/imports/${importId}`, undefined],
        ['POST', `/api/talent-cards/imports/${importId}/commit`, { mode: 'all' }],
      ] as const) {
        expect((await h.call(method, path, { cookie: who.cookie, body })).status, `${method} ${path}`).toBe(
          403,
        );
      }
      expect((await uploadCardFile(h, who.cookie, 'cards.csv', csvOf(cardLines(1)))).status).toBe(403);
    }
    expect((await h.call('GET', '/api/talent-cards/mine', { cookie: employer.cookie })).status).toBe(403);
    expect((await h.call('GET', '/api/talent-cards/mine', { cookie: officer.cookie })).status).toBe(403);
  });

  it('let approvers, registrars and auditors read but not change the registry', async () => {
    const { h, card, importId, line } = await world();
    for (const role of ['approver', 'registrar', 'auditor']) {
      const reader = await h.bureau([role]);
      expect((await h.call('GET', '/api/talent-cards', { cookie: reader.cookie })).status, role).toBe(200);
      expect((await h.call('GET', '/api/talent-cards/counts', { cookie: reader.cookie })).status, role).toBe(
        200,
      );
      expect(
        (await h.call('GET', `/api/talent-cards/imports/${importId}`, { cookie: reader.cookie })).status,
      ).toBe(200);
      for (const [method, path, body] of [
        ['POST', '/api/talent-cards', line],
        ['PATCH', `/api/talent-cards/${card.id}`, { ...line, version: 1 }],
        ['POST', `/api/talent-cards/${card.id}/revoke`, revokeBody],
        ['POST', `/api/talent-cards/${card.id}/reveal`, undefined],
        ['POST', `/api/talent-cards/imports/${importId}/commit`, { mode: 'all' }],
      ] as const) {
        expect(
          (await h.call(method, path, { cookie: reader.cookie, body })).status,
          `${role} ${method} ${path}`,
        ).toBe(403);
      }
      expect((await uploadCardFile(h, reader.cookie, 'cards.csv', csvOf(cardLines(1)))).status).toBe(403);
    }
    const rows = await h.db.selectFrom('talent_card').select('status').where('id', '=', card.id).execute();
    expect(rows).toEqual([{ status: 'valid' }]);
  });

  it('answer 404 for a card or an import that does not exist, or a malformed id', async () => {
    const { h, reviewer, line } = await world();
    for (const id of [MISSING, 'not-a-uuid', '1 or 1=1']) {
      const enc = encodeURIComponent(id);
      for (const [method, path, body] of [
        ['PATCH', `/api/talent-cards/${enc}`, { ...line, version: 1 }],
        ['POST', `/api/talent-cards/${enc}/revoke`, revokeBody],
        ['POST', `/api/talent-cards/${enc}/reveal`, undefined],
        ['GET', `/api/talent-cards/${enc}/history`, undefined],
        ['GET', `/api/talent-cards/imports/${enc}`, undefined],
        ['POST', `/api/talent-cards/imports/${enc}/commit`, { mode: 'all' }],
      ] as const) {
        expect(
          (await h.call(method, path, { cookie: reviewer.cookie, body })).status,
          `${method} ${path}`,
        ).toBe(404);
      }
    }
  });

  it('refuse a mutation without the page’s Origin, and survive hostile search text', async () => {
    const { h, reviewer, card, line } = await world();
    const res = await h.call('POST', `/api/talent-cards/${card.id}/revoke`, {
      cookie: reviewer.cookie,
      body: revokeBody,
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    expect(
      (await h.call('POST', '/api/talent-cards', { cookie: reviewer.cookie, body: line, origin: null }))
        .status,
    ).toBe(403);
    for (const q of SQL_METACHARACTERS) {
      const search = await h.call(
        'GET',
        `/api/talent-cards?q=${encodeURIComponent(q)}&tier=${encodeURIComponent(q.slice(0, 10))}`,
        {
          cookie: reviewer.cookie,
        },
      );
      expectNoServerError(search, q);
      expect([200, 400]).toContain(search.status);
    }
    const bad = await h.call('POST', `/api/talent-cards/imports/${MISSING}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'everything' },
    });
    expect(bad.status).toBe(400);
  });
});

import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { createDraft, graduate, stationDraft } from '../settlement/fixtures.js';
import { pdf, upload } from './testFiles.js';

describe('documents: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    expect((await upload(h, undefined, pdf(), 'a.pdf')).status).toBe(401);
    expect((await h.call('GET', '/api/documents')).status).toBe(401);
    expect((await h.call('GET', '/api/documents/00000000-0000-4000-8000-000000000000/content')).status).toBe(
      401,
    );
  });

  it('serve a document to its owner and to bureau staff once it belongs to a case; 404 to anyone else', async () => {
    const h = await createTestHarness();
    const a = await graduate(h);
    const b = await h.applicant();
    const reviewer = await h.bureau(['reviewer']);
    const employer = await h.employerStaff({ status: 'verified' });
    const res = await upload(h, a.cookie, pdf(), 'diploma.pdf');
    const { document } = (await res.json()) as { document: { id: string; url: string } };
    for (const user of [b, reviewer, employer]) {
      expect((await h.call('GET', document.url, { cookie: user.cookie })).status).toBe(404);
    }
    expect(
      ((await (await h.call('GET', '/api/documents', { cookie: b.cookie })).json()) as { total: number })
        .total,
    ).toBe(0);
    const body = await stationDraft(h, a);
    await createDraft(h, a, {
      ...body,
      documents: { ...body.documents, graduationCertificate: document.id },
    });
    expect((await h.call('GET', document.url, { cookie: reviewer.cookie })).status).toBe(200);
    for (const user of [b, employer]) {
      expect((await h.call('GET', document.url, { cookie: user.cookie })).status).toBe(404);
    }
    // bureau staff who do not handle settlement cases know the case exists, but not its papers
    for (const roles of [['finance'], ['auditor'], ['admin']]) {
      const staff = await h.bureau(roles);
      expect((await h.call('GET', document.url, { cookie: staff.cookie })).status, roles[0]).toBe(403);
    }
    expect((await h.call('GET', '/api/documents/not-a-uuid/content', { cookie: a.cookie })).status).toBe(404);
  });

  it('let the roles that handle a settlement case read its papers, each reading audited with the case', async () => {
    const h = await createTestHarness();
    const a = await graduate(h);
    const res = await upload(h, a.cookie, pdf(), 'id-card.pdf');
    const { document } = (await res.json()) as { document: { id: string; url: string } };
    const body = await stationDraft(h, a);
    const draft = await createDraft(h, a, {
      ...body,
      documents: { ...body.documents, residentIdCard: document.id },
    });
    // the owner's own reading is not a disclosure
    expect((await h.call('GET', document.url, { cookie: a.cookie })).status).toBe(200);
    expect(await h.auditOf(document.id, 'document.read')).toEqual([]);
    const readers = await Promise.all(['reviewer', 'approver', 'registrar'].map((role) => h.bureau([role])));
    for (const reader of readers) {
      expect((await h.call('GET', document.url, { cookie: reader.cookie })).status).toBe(200);
    }
    const finance = await h.bureau(['finance']);
    expect((await h.call('GET', document.url, { cookie: finance.cookie })).status).toBe(403);
    const rows = await h.auditOf(document.id, 'document.read');
    expect(rows.map((r) => r.actor_id)).toEqual(readers.map((r) => r.id));
    expect(rows[0]?.details).toEqual({ case: 'settlement', caseId: draft.id, mime: 'application/pdf' });
  });

  it('refuse an upload without a matching Origin', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const form = new FormData();
    form.set('file', new File([pdf()], 'a.pdf'));
    const res = await h.app.request('/api/documents', {
      method: 'POST',
      headers: { cookie: a.cookie },
      body: form,
    });
    expect(res.status).toBe(403);
  });
});

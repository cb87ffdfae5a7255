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
    expect((await h.call('GET', '/api/documents/not-a-uuid/content', { cookie: a.cookie })).status).toBe(404);
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

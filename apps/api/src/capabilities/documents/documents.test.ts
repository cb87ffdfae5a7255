import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { maxUploadBytes } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, TEST_ORIGIN, type TestHarness } from '../../testing/index.js';
import { importLegacyUploads, sha256Hex } from './store.js';
import { elf, jpeg, pdf, png, upload } from './testFiles.js';

/** Copies of this content in the store (other tests upload the same test files: one copy for all). */
async function storedCopies(h: TestHarness, bytes: Uint8Array): Promise<number> {
  const rows = await h.db
    .selectFrom('document_blob')
    .select('size_bytes')
    .where('sha256', '=', sha256Hex(bytes))
    .execute();
  return rows.length;
}

type Doc = { id: string; mime: string; sizeBytes: number; originalName: string; url: string };

describe('documents', () => {
  it('stores PDF, JPEG and PNG by content hash and serves them inline to their owner', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    for (const [bytes, name, mime] of [
      [pdf(), '毕业证书.pdf', 'application/pdf'],
      [jpeg(), 'id-card.JPG', 'image/jpeg'],
      [png(), 'scan', 'image/png'],
    ] as const) {
      const res = await upload(h, a.cookie, bytes, name);
      expect(res.status, name).toBe(201);
      const { document } = (await res.json()) as { document: Doc };
      expect(document).toMatchObject({ mime, sizeBytes: bytes.byteLength, originalName: name });
      const content = await h.call('GET', document.url, { cookie: a.cookie });
      expect(content.status).toBe(200);
      expect(content.headers.get('content-type')).toBe(mime);
      expect(content.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''/);
      expect(content.headers.get('x-content-type-options')).toBe('nosniff');
      // Shown in an <object> of a portal page (Chrome's PDF viewer needs its inline styles); never stored.
      expect(content.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(content.headers.get('cache-control')).toBe('no-store');
      expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
    }
    const list = (await (await h.call('GET', '/api/documents', { cookie: a.cookie })).json()) as {
      total: number;
    };
    expect(list.total).toBe(3);
    // the same content twice is stored once
    expect((await upload(h, a.cookie, png(), 'again.png')).status).toBe(201);
    expect(await storedCopies(h, png())).toBe(1);
  });

  it('refuses a renamed executable, a 10.1 MB file and an empty file, storing nothing', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const rowsBefore = await h.db
      .selectFrom('document')
      .select('id')
      .where('owner_user_id', '=', a.id)
      .execute();

    const exe = await upload(h, a.cookie, elf(), 'diploma.pdf');
    expect(exe.status).toBe(415);
    expect(await errorOf(exe)).toMatchObject({ code: 'unsupported_media_type' });
    expect((await errorOf(await upload(h, a.cookie, elf(), 'x.pdf'))).message).toContain('PDF');

    const big = await upload(h, a.cookie, pdf(Math.ceil(maxUploadBytes * 1.01)), 'big.pdf');
    expect(big.status).toBe(413);
    expect((await errorOf(big)).message).toContain('10 MB');

    const empty = await upload(h, a.cookie, new Uint8Array(), 'empty.pdf');
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).details?.fields?.[0]).toMatchObject({
      path: 'file',
      code: 'validation.upload.empty',
    });

    const text = await upload(h, a.cookie, new TextEncoder().encode('hello, not a pdf'), 'note.pdf');
    expect(text.status).toBe(415);

    const refused = [
      elf(),
      pdf(Math.ceil(maxUploadBytes * 1.01)),
      new TextEncoder().encode('hello, not a pdf'),
    ];
    for (const bytes of refused) expect(await storedCopies(h, bytes)).toBe(0);
    const rowsAfter = await h.db
      .selectFrom('document')
      .select('id')
      .where('owner_user_id', '=', a.id)
      .execute();
    expect(rowsAfter).toEqual(rowsBefore);
  });

  it('refuses a body declared larger than the limit before reading it', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.app.request('/api/documents', {
      method: 'POST',
      headers: {
        origin: TEST_ORIGIN,
        cookie: a.cookie,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(maxUploadBytes * 2),
      },
      body: '--x--',
    });
    expect(res.status).toBe(413);
  });

  it('answers a request without a file part clearly', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const form = new FormData();
    form.set('other', 'value');
    const res = await h.app.request('/api/documents', {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: a.cookie },
      body: form,
    });
    expect(res.status).toBe(400);
    const json = await h.call('POST', '/api/documents', { cookie: a.cookie, body: { file: 'x' } });
    expect(json.status).toBe(415);
  });

  it('holds each user to their hourly quota: 429 past the files, 413 past the bytes, others unaffected', async () => {
    const mib = 2 ** 20;
    const h = await createTestHarness({ uploadQuota: { filesPerHour: 3, bytesPerHour: 3 * mib } });
    const a = await h.applicant();
    const b = await h.applicant();
    const owned = async (userId: string) =>
      (await h.db.selectFrom('document').select('id').where('owner_user_id', '=', userId).execute()).length;
    // Five files sent at once: each counted in turn, so exactly three are kept
    const sent = await Promise.all([1, 2, 3, 4, 5].map((i) => upload(h, a.cookie, pdf(i), `${i}.pdf`)));
    expect(sent.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429]);
    const fourth = await upload(h, a.cookie, pdf(6), '6.pdf');
    expect(fourth.status).toBe(429);
    const tooMany = await errorOf(fourth);
    expect(tooMany).toMatchObject({
      code: 'rate_limited',
      message: '一小时内上传的文件数量已达上限,请稍后再试',
    });
    const retryAfter = Number(fourth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await owned(a.id)).toBe(3);

    // Someone else uploads as before; 2.5 MiB, then 1 MiB more would pass their 3 MiB.
    expect((await upload(h, b.cookie, pdf(2.5 * mib), 'big.pdf')).status).toBe(201);
    const over = await upload(h, b.cookie, pdf(mib), 'more.pdf');
    expect(over.status).toBe(413);
    expect(await errorOf(over)).toMatchObject({
      code: 'payload_too_large',
      message: '一小时内上传的文件总大小已达上限,请稍后再试',
    });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(await owned(b.id)).toBe(1);
    // what is within the bytes left still goes
    expect((await upload(h, b.cookie, pdf(), 'small.pdf')).status).toBe(201);

    // An hour later the earlier uploads no longer count.
    await h.db
      .updateTable('document')
      .set({ created_at: new Date(Date.now() - 3601_000) } as never)
      .where('owner_user_id', '=', a.id)
      .execute();
    expect((await upload(h, a.cookie, pdf(6), '6.pdf')).status).toBe(201);
  });
});

describe('documents: the former disk store', () => {
  it('copies its files into the database once, keeps the folder renamed, and serves them', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const root = mkdtempSync(path.join(tmpdir(), 'talent-uploads-'));
    const bytes = pdf(4000 + Math.floor(Math.random() * 1e5)); // content no other upload has
    const sha = sha256Hex(bytes);
    mkdirSync(path.join(root, sha.slice(0, 2)));
    writeFileSync(path.join(root, sha.slice(0, 2), sha), bytes);
    writeFileSync(path.join(root, sha.slice(0, 2), `${sha}.1234.part`), bytes.slice(0, 10)); // a crash's leftover
    // the row of a document uploaded before the move
    const row = await h.db
      .insertInto('document')
      .values({
        owner_user_id: a.id,
        sha256: sha,
        mime: 'application/pdf',
        size_bytes: bytes.byteLength,
        original_name: 'old.pdf',
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    expect(await importLegacyUploads(h.db, root)).toBe(1);
    expect(existsSync(root)).toBe(false);
    expect(existsSync(`${root}.imported`)).toBe(true);
    const content = await h.call('GET', `/api/documents/${row.id}/content`, { cookie: a.cookie });
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
    // at the next start there is nothing left to import
    expect(await importLegacyUploads(h.db, root)).toBe(0);
  });

  it('refuses a file whose content does not match its name', async () => {
    const h = await createTestHarness();
    const root = mkdtempSync(path.join(tmpdir(), 'talent-uploads-'));
    const size = 4000 + Math.floor(Math.random() * 1e5);
    const sha = sha256Hex(pdf(size));
    mkdirSync(path.join(root, sha.slice(0, 2)));
    writeFileSync(path.join(root, sha.slice(0, 2), sha), pdf(size + 1));
    await expect(importLegacyUploads(h.db, root)).rejects.toThrow(/does not match/);
    expect(await storedCopies(h, pdf(size))).toBe(0);
  });
});

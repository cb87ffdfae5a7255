import { addDays, todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness, testPii, unique } from '../../testing/index.js';
import { warnExpiringCards } from './expiry.js';
import { cardLines, csvOf, uploadCardFile, xlsxOf } from './fixtures.js';

type Card = {
  id: string;
  cardNumber: string;
  holderResidentId: string;
  version: number;
  status: string;
  standing: string;
  expiresSoon: boolean;
};
type ImportView = {
  id: string;
  status: string;
  rowCount: number;
  validCount: number;
  missingColumns: string[];
  committedCount: number | null;
  rows: {
    row: number;
    cardNumber: string;
    valid: boolean;
    holderResidentId: string | null;
    errors: { field: string; messageKey: string; text: { 'zh-CN': string; en: string } }[];
  }[];
};

async function setup() {
  const h = await createTestHarness();
  const reviewer = await h.bureau(['reviewer']);
  return { h, reviewer };
}

async function addCard(h: TestHarness, cookie: string, over: Record<string, string> = {}) {
  const [line] = cardLines(1);
  const res = await h.call('POST', '/api/talent-cards', { cookie, body: { ...line, ...over } });
  expect(res.status).toBe(201);
  return {
    ...((await res.json()) as { card: Card }).card,
    residentId: over.holderResidentId ?? line!.holderResidentId,
  };
}

async function cardsMatching(h: TestHarness, cookie: string, q: string, extra = '') {
  const res = await h.call('GET', `/api/talent-cards?q=${encodeURIComponent(q)}${extra}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Card[]; total: number };
}

describe('talent card registry: one card at a time', () => {
  it('enters a card, lists it with the resident ID masked, and writes its audit row', async () => {
    const { h, reviewer } = await setup();
    const card = await addCard(h, reviewer.cookie);
    expect(card).toMatchObject({ status: 'valid', standing: 'valid', expiresSoon: false, version: 1 });
    expect(card.holderResidentId).toBe(
      `${card.residentId.slice(0, 4)}**********${card.residentId.slice(-4)}`,
    );
    const page = await cardsMatching(h, reviewer.cookie, card.cardNumber);
    expect(page.items.map((c) => c.id)).toEqual([card.id]);
    expect(JSON.stringify(page)).not.toContain(card.residentId);
    const [audit] = await h.auditOf(card.id, 'talent_card.create');
    expect(audit?.details).toMatchObject({ cardNumber: card.cardNumber, tier: 'A' });
    expect(JSON.stringify(audit?.details)).not.toContain(card.residentId);
  });

  it('refuses a card number already in the registry (409) and a holder ID that fails its check (400)', async () => {
    const { h, reviewer } = await setup();
    const card = await addCard(h, reviewer.cookie);
    const [other] = cardLines(1);
    const again = await h.call('POST', '/api/talent-cards', {
      cookie: reviewer.cookie,
      body: { ...other, cardNumber: ` ${card.cardNumber} ` },
    });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe('该卡号已在人才服务卡库中');
    const bad = await h.call('POST', '/api/talent-cards', {
      cookie: reviewer.cookie,
      body: { ...other, holderResidentId: '110105194912310021', expiryDate: '2000-01-01' },
    });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details?.fields?.map((f) => `${f.path}:${f.code}`)).toEqual([
      'holderResidentId:validation.residentId.checksum',
    ]);
    const dates = await h.call('POST', '/api/talent-cards', {
      cookie: reviewer.cookie,
      body: { ...other, expiryDate: '2000-01-01' },
    });
    expect((await errorOf(dates)).details?.fields?.map((f) => `${f.path}:${f.code}`)).toEqual([
      'expiryDate:validation.talentCard.expiryBeforeIssue',
    ]);
  });

  it('edits with the version the officer saw; a stale form is a 409 and changes nothing', async () => {
    const { h, reviewer } = await setup();
    const card = await addCard(h, reviewer.cookie);
    const body = {
      cardNumber: card.cardNumber,
      holderName: '周博文',
      holderResidentId: card.residentId,
      tier: 'B',
      issueDate: '2024-01-01',
      expiryDate: '2029-12-31',
    };
    const saved = await h.call('PATCH', `/api/talent-cards/${card.id}`, {
      cookie: reviewer.cookie,
      body: { ...body, version: 1 },
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { card: Card }).card).toMatchObject({ tier: 'B', version: 2 });
    const stale = await h.call('PATCH', `/api/talent-cards/${card.id}`, {
      cookie: reviewer.cookie,
      body: { ...body, tier: 'C', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toEqual({ version: 2 });
    const [audit] = await h.auditOf(card.id, 'talent_card.update');
    expect(audit?.details).toMatchObject({ fields: ['holderName', 'tier', 'issueDate', 'expiryDate'] });
    // Left empty, the holder's ID stays as it was.
    const kept = await h.call('PATCH', `/api/talent-cards/${card.id}`, {
      cookie: reviewer.cookie,
      body: { ...body, holderResidentId: '', tier: 'C', version: 2 },
    });
    expect(((await kept.json()) as { card: Card }).card).toMatchObject({ tier: 'C', version: 3 });
    const reveal = await h.call('POST', `/api/talent-cards/${card.id}/reveal`, { cookie: reviewer.cookie });
    expect(await reveal.json()).toEqual({ holderResidentId: card.residentId });
  });

  it('revokes with a reason, tells the holder, and a revoked card is not edited or revoked again', async () => {
    const { h, reviewer } = await setup();
    const holder = await h.applicant();
    const card = await addCard(h, reviewer.cookie, { holderResidentId: holder.residentId as string });
    const noReason = await h.call('POST', `/api/talent-cards/${card.id}/revoke`, {
      cookie: reviewer.cookie,
      body: { reason: '', version: 1 },
    });
    expect(noReason.status).toBe(400);
    const revoked = await h.call('POST', `/api/talent-cards/${card.id}/revoke`, {
      cookie: reviewer.cookie,
      body: { reason: '持卡人已调离甘肃', version: 1 },
    });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { card: Card }).card).toMatchObject({
      status: 'revoked',
      standing: 'revoked',
      revokedReason: '持卡人已调离甘肃',
    });
    const [audit] = await h.auditOf(card.id, 'talent_card.revoke');
    expect(audit?.details).toMatchObject({ from: 'valid', to: 'revoked', reason: '持卡人已调离甘肃' });
    const notices = await h.db
      .selectFrom('notification')
      .select('kind')
      .where('user_id', '=', holder.id)
      .execute();
    expect(notices.map((n) => n.kind)).toEqual(['notification.talentCard.revoked']);
    const twice = await h.call('POST', `/api/talent-cards/${card.id}/revoke`, {
      cookie: reviewer.cookie,
      body: { reason: '再次注销', version: 2 },
    });
    expect(twice.status).toBe(409);
    const edit = await h.call('PATCH', `/api/talent-cards/${card.id}`, {
      cookie: reviewer.cookie,
      body: {
        cardNumber: card.cardNumber,
        holderName: 'x',
        holderResidentId: card.residentId,
        tier: 'A',
        issueDate: '2024-01-01',
        expiryDate: '2029-01-01',
        version: 2,
      },
    });
    expect((await errorOf(edit)).message).toBe('该卡已注销,不能再修改');
  });

  it('reveals the full holder ID to the officer, with an audit row', async () => {
    const { h, reviewer } = await setup();
    const card = await addCard(h, reviewer.cookie);
    const res = await h.call('POST', `/api/talent-cards/${card.id}/reveal`, { cookie: reviewer.cookie });
    expect(await res.json()).toEqual({ holderResidentId: card.residentId });
    expect(await h.auditOf(card.id, 'resident_id.reveal')).toHaveLength(1);
  });

  it('keeps each card’s history: imported from a file, corrected, its ID revealed, revoked', async () => {
    const { h, reviewer } = await setup();
    const lines = cardLines(1);
    const upload = (
      (await (await uploadCardFile(h, reviewer.cookie, '名单.csv', csvOf(lines))).json()) as {
        import: ImportView;
      }
    ).import;
    await h.call('POST', `/api/talent-cards/imports/${upload.id}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'all' },
    });
    const [card] = (await cardsMatching(h, reviewer.cookie, lines[0]!.cardNumber)).items;
    const body = { ...lines[0]!, tier: 'B', holderResidentId: '', version: 1 };
    await h.call('PATCH', `/api/talent-cards/${card!.id}`, { cookie: reviewer.cookie, body });
    await h.call('POST', `/api/talent-cards/${card!.id}/reveal`, { cookie: reviewer.cookie });
    await h.call('POST', `/api/talent-cards/${card!.id}/revoke`, {
      cookie: reviewer.cookie,
      body: { reason: '证件遗失作废', version: 2 },
    });
    const auditor = await h.bureau(['auditor']);
    const res = await h.call('GET', `/api/talent-cards/${card!.id}/history`, { cookie: auditor.cookie });
    const { items } = (await res.json()) as {
      items: {
        action: string;
        actorName: string;
        reason: string | null;
        fields: string[];
        fileName: string | null;
      }[];
    };
    expect(items.map((i) => [i.action, i.reason, i.fields, i.fileName])).toEqual([
      ['talent_card_import.commit', null, [], '名单.csv'],
      ['talent_card.update', null, ['tier'], null],
      ['resident_id.reveal', null, [], null],
      ['talent_card.revoke', '证件遗失作废', [], null],
    ]);
    expect(items.every((i) => i.actorName === '测试工作人员')).toBe(true);
  });

  it('filters by tab (valid, expiring within 60 days, expired, revoked), tier, and finds a holder by resident ID', async () => {
    const { h, reviewer } = await setup();
    const today = todayInChina();
    const prefix = unique('TAB').toUpperCase();
    const add = (n: string, over: Record<string, string>) =>
      addCard(h, reviewer.cookie, { cardNumber: `${prefix}-${n}`, ...over });
    const valid = await add('valid', {});
    const soon = await add('soon', { expiryDate: addDays(today, 60) });
    const expired = await add('expired', { issueDate: addDays(today, -400), expiryDate: addDays(today, -1) });
    const revoked = await add('revoked', { tier: 'B' });
    await h.call('POST', `/api/talent-cards/${revoked.id}/revoke`, {
      cookie: reviewer.cookie,
      body: { reason: '证件作废', version: 1 },
    });
    const ids = async (extra: string) =>
      (await cardsMatching(h, reviewer.cookie, prefix, extra)).items.map((c) => c.id).sort();
    expect(await ids('&view=valid')).toEqual([valid.id, soon.id].sort());
    expect(await ids('&view=expiring')).toEqual([soon.id]);
    expect(await ids('&view=expired')).toEqual([expired.id]);
    expect(await ids('&view=revoked')).toEqual([revoked.id]);
    expect(await ids('&tier=B')).toEqual([revoked.id]);
    expect((await ids('&view=all')).length).toBe(4);
    const counts = await h.call('GET', `/api/talent-cards/counts?q=${prefix}`, { cookie: reviewer.cookie });
    expect(await counts.json()).toEqual({ all: 4, valid: 2, expiring: 1, expired: 1, revoked: 1 });
    const countsB = await h.call('GET', `/api/talent-cards/counts?q=${prefix}&tier=B`, {
      cookie: reviewer.cookie,
    });
    expect(await countsB.json()).toEqual({ all: 1, valid: 0, expiring: 0, expired: 0, revoked: 1 });
    expect((await cardsMatching(h, reviewer.cookie, soon.residentId)).items.map((c) => c.id)).toEqual([
      soon.id,
    ]);
    const wrongView = await h.call('GET', '/api/talent-cards?view=soon', { cookie: reviewer.cookie });
    expect(wrongView.status).toBe(400);
  });

  it('shows applicants the cards under their own resident ID only', async () => {
    const { h, reviewer } = await setup();
    const holder = await h.applicant();
    const mine = await addCard(h, reviewer.cookie, { holderResidentId: holder.residentId as string });
    await addCard(h, reviewer.cookie);
    const res = await h.call('GET', '/api/talent-cards/mine', { cookie: holder.cookie });
    const body = (await res.json()) as { items: Card[] };
    expect(body.items.map((c) => c.cardNumber)).toEqual([mine.cardNumber]);
    expect(body.items[0]?.holderResidentId).not.toBe(holder.residentId);
    const noId = await h.applicant({ residentId: null });
    expect(await (await h.call('GET', '/api/talent-cards/mine', { cookie: noId.cookie })).json()).toEqual({
      items: [],
    });
  });
});

describe('talent card registry: imports', () => {
  it('a bad date in row 7: the report names row 7, nothing is imported, "all" is refused, "valid_only" takes the rest', async () => {
    const { h, reviewer } = await setup();
    const lines = cardLines(8);
    // Row 1 is the header, so the sixth card is on row 7.
    lines[5]!.issueDate = '2025-02-30';
    const res = await uploadCardFile(h, reviewer.cookie, 'cards.csv', csvOf(lines));
    expect(res.status).toBe(201);
    const report = ((await res.json()) as { import: ImportView }).import;
    expect(report).toMatchObject({ status: 'validated', rowCount: 8, validCount: 7, missingColumns: [] });
    const failed = report.rows.filter((r) => !r.valid);
    expect(
      failed.map((r) => [r.row, r.cardNumber, r.errors.map((e) => `${e.field}:${e.messageKey}`)]),
    ).toEqual([[7, lines[5]!.cardNumber, ['issueDate:validation.date.invalid']]]);
    expect(failed[0]?.errors[0]?.text['zh-CN']).toBe('日期无效(格式 YYYY-MM-DD)');
    expect(report.rows[0]?.holderResidentId).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const prefix = lines[0]!.cardNumber.slice(0, -5);
    expect((await cardsMatching(h, reviewer.cookie, prefix)).total).toBe(0);

    const all = await h.call('POST', `/api/talent-cards/imports/${report.id}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'all' },
    });
    expect(all.status).toBe(409);
    expect((await errorOf(all)).details).toEqual({ invalidRows: [7], missingColumns: [] });
    expect((await cardsMatching(h, reviewer.cookie, prefix)).total).toBe(0);

    const some = await h.call('POST', `/api/talent-cards/imports/${report.id}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'valid_only' },
    });
    expect(some.status).toBe(200);
    expect(((await some.json()) as { import: ImportView }).import).toMatchObject({
      status: 'committed',
      committedCount: 7,
    });
    const imported = await cardsMatching(h, reviewer.cookie, prefix, '&pageSize=50');
    expect(imported.items.map((c) => c.cardNumber).sort()).toEqual(
      lines.filter((_, i) => i !== 5).map((l) => l.cardNumber),
    );
    const [audit] = await h.auditOf(report.id, 'talent_card_import.commit');
    expect(audit?.details).toMatchObject({
      mode: 'valid_only',
      rowCount: 8,
      imported: 7,
      skipped: 1,
      skippedRows: [7],
    });

    const again = await h.call('POST', `/api/talent-cards/imports/${report.id}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'valid_only' },
    });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe('该文件已经导入,不能重复导入');
  });

  it('a card number twice in the file fails both rows, each naming the other', async () => {
    const { h, reviewer } = await setup();
    const lines = cardLines(4);
    lines[3]!.cardNumber = lines[1]!.cardNumber;
    const report = (
      (await (await uploadCardFile(h, reviewer.cookie, 'dup.csv', csvOf(lines))).json()) as {
        import: ImportView;
      }
    ).import;
    expect(report.rows.filter((r) => !r.valid).map((r) => [r.row, r.errors.map((e) => e.text.en)])).toEqual([
      [3, ['This card number appears again in the file (row 5)']],
      [5, ['This card number appears again in the file (row 3)']],
    ]);
  });

  it('imports a whole .xlsx workbook with date cells, in one go', async () => {
    const { h, reviewer } = await setup();
    const lines = cardLines(3);
    const res = await uploadCardFile(h, reviewer.cookie, '人才服务卡.xlsx', await xlsxOf(lines));
    expect(res.status).toBe(201);
    const report = ((await res.json()) as { import: ImportView }).import;
    expect(report).toMatchObject({ rowCount: 3, validCount: 3 });
    const done = await h.call('POST', `/api/talent-cards/imports/${report.id}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'all' },
    });
    expect(done.status).toBe(200);
    const page = await cardsMatching(
      h,
      reviewer.cookie,
      lines[0]!.cardNumber.slice(0, -5),
      '&sort=cardNumber',
    );
    expect(
      page.items.map((c) => [c.cardNumber, (c as unknown as { expiryDate: string }).expiryDate]),
    ).toEqual(lines.map((l) => [l.cardNumber, l.expiryDate]));
    const stored = await h.db
      .selectFrom('talent_card')
      .select(['holder_resident_id_hmac', 'import_id'])
      .where('card_number', '=', lines[0]!.cardNumber)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      holder_resident_id_hmac: testPii.blindIndex(lines[0]!.holderResidentId),
      import_id: report.id,
    });
  });

  it('reads CSV in UTF-8 with a BOM and in GBK (Excel on a Chinese Windows)', async () => {
    const { h, reviewer } = await setup();
    const bom = (
      (await (
        await uploadCardFile(h, reviewer.cookie, 'bom.csv', csvOf(cardLines(2), { bom: true }))
      ).json()) as { import: ImportView }
    ).import;
    expect(bom).toMatchObject({ rowCount: 2, validCount: 2, missingColumns: [] });
    const text = csvOf(cardLines(2));
    // GBK bytes of the text, made by hand: the header's and names' Chinese characters.
    const gbk = encodeGbk(text);
    const res = await uploadCardFile(h, reviewer.cookie, 'gbk.csv', gbk);
    const report = ((await res.json()) as { import: ImportView }).import;
    expect(report).toMatchObject({ rowCount: 2, validCount: 2, missingColumns: [] });
    expect(report.rows[0]?.cardNumber).toBeTruthy();
  });

  it('re-checks card numbers at commit: one entered since validation fails its row', async () => {
    const { h, reviewer } = await setup();
    const lines = cardLines(3);
    const report = (
      (await (await uploadCardFile(h, reviewer.cookie, 'race.csv', csvOf(lines))).json()) as {
        import: ImportView;
      }
    ).import;
    expect(report.validCount).toBe(3);
    await addCard(h, reviewer.cookie, { cardNumber: lines[1]!.cardNumber });
    const all = await h.call('POST', `/api/talent-cards/imports/${report.id}/commit`, {
      cookie: reviewer.cookie,
      body: { mode: 'all' },
    });
    expect((await errorOf(all)).details).toEqual({ invalidRows: [3], missingColumns: [] });
    const some = (
      (await (
        await h.call('POST', `/api/talent-cards/imports/${report.id}/commit`, {
          cookie: reviewer.cookie,
          body: { mode: 'valid_only' },
        })
      ).json()) as { import: ImportView }
    ).import;
    expect(some.committedCount).toBe(2);
    expect(some.rows[1]?.errors.map((e) => e.messageKey)).toEqual(['validation.talentCard.numberExists']);
  });

  it('reports missing columns; refuses files that are not CSV or .xlsx, empty ones and oversized ones', async () => {
    const { h, reviewer } = await setup();
    const res = await uploadCardFile(h, reviewer.cookie, 'short.csv', '卡号,姓名\r\nX-1,张三\r\n');
    const report = ((await res.json()) as { import: ImportView }).import;
    expect(report).toMatchObject({
      validCount: 0,
      missingColumns: ['holderResidentId', 'tier', 'issueDate', 'expiryDate'],
    });
    const pdf = await uploadCardFile(h, reviewer.cookie, 'cards.pdf', '%PDF-1.4\n');
    expect((await errorOf(pdf)).details?.fields?.map((f) => f.code)).toEqual([
      'validation.talentCard.fileType',
    ]);
    const headerOnly = await uploadCardFile(h, reviewer.cookie, 'empty.csv', `${HEADER_LINE}\r\n`);
    expect((await errorOf(headerOnly)).details?.fields?.map((f) => f.code)).toEqual([
      'validation.talentCard.noRows',
    ]);
    const utf16 = await uploadCardFile(
      h,
      reviewer.cookie,
      'u16.csv',
      new Uint8Array([0xff, 0xfe, 0x61, 0x00]),
    );
    expect((await errorOf(utf16)).details?.fields?.map((f) => f.code)).toEqual([
      'validation.talentCard.encoding',
    ]);
    const big = await uploadCardFile(h, reviewer.cookie, 'big.csv', 'x'.repeat(1_100_000));
    expect(big.status).toBe(413);
    const broken = await uploadCardFile(
      h,
      reviewer.cookie,
      'broken.xlsx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
    );
    expect((await errorOf(broken)).details?.fields?.map((f) => f.code)).toEqual([
      'validation.talentCard.unreadable',
    ]);
  });

  it('offers the template, whose header the importer reads', async () => {
    const { h, reviewer } = await setup();
    const res = await h.call('GET', '/api/talent-cards/import-template.csv', { cookie: reviewer.cookie });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(`${HEADER_LINE}\r\n`);
  });
});

describe('expiry warnings', () => {
  it('warns a holder with an account once, within 60 days; a holder without one is left for later', async () => {
    const { h, reviewer } = await setup();
    const today = todayInChina();
    const holder = await h.applicant();
    const soon = await addCard(h, reviewer.cookie, {
      holderResidentId: holder.residentId as string,
      expiryDate: addDays(today, 30),
    });
    const later = await addCard(h, reviewer.cookie, {
      holderResidentId: holder.residentId as string,
      expiryDate: addDays(today, 61),
    });
    const noAccount = await addCard(h, reviewer.cookie, { expiryDate: addDays(today, 10) });
    await warnExpiringCards(h.db, today);
    await warnExpiringCards(h.db, today);
    const notices = await h.db
      .selectFrom('notification')
      .select(['kind', 'params', 'entity_id'])
      .where('user_id', '=', holder.id)
      .execute();
    expect(notices).toEqual([
      {
        kind: 'notification.talentCard.expiring',
        params: { cardNumber: soon.cardNumber, expiryDate: addDays(today, 30) },
        entity_id: soon.id,
      },
    ]);
    const sms = await h.db
      .selectFrom('sms_outbox')
      .select('template')
      .where('user_id', '=', holder.id)
      .execute();
    expect(sms.map((s) => s.template)).toEqual(['notification.talentCard.expiring']);
    const stored = await h.db
      .selectFrom('talent_card')
      .select(['id', 'expiry_notified_at'])
      .where('id', 'in', [soon.id, later.id, noAccount.id])
      .execute();
    const warned = Object.fromEntries(stored.map((s) => [s.id, s.expiry_notified_at !== null]));
    expect(warned).toEqual({ [soon.id]: true, [later.id]: false, [noAccount.id]: false });
    expect(await h.auditOf(soon.id, 'talent_card.expiry_warning')).toHaveLength(1);
  });
});

const HEADER_LINE = '卡号,姓名,身份证号,等级,发卡日期,有效期至';

/** GBK for the few characters the fixtures use (ASCII passes through). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  // Find each character's two GBK bytes by decoding the candidates: no encoder ships with Node.
  const wanted = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK bytes for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

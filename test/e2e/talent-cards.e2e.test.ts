// Issue 5's card registry in Chromium with a screenshot per step: a card file whose row 7 has a bad
// date is reported row by row, "import all" stays disabled, the officer takes the valid rows after a
// confirmation; the registry's tabs and a revocation with a reason; the service-level dashboard.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, todayInChina } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import { describe, expect, inject, it } from 'vitest';
import { demoBrowsers } from '../support/demo.js';

const baseUrl = inject('baseUrl');
const { signedIn } = demoBrowsers();

describe('the talent-card registry', () => {
  it('reports a bad date on row 7, imports only the valid rows when told, revokes a card, shows service levels', async () => {
    const stamp = String(Date.now()).slice(-8);
    const prefix = `LYRC-REG-${stamp}`;
    const today = todayInChina();
    const lines = Array.from({ length: 7 }, (_, i) => {
      const issue = i === 5 ? '2025-02-30' : addDays(today, -100);
      const id = makeResidentId({ regionCode: '621002', birthDate: '1980-05-05', sex: 'male', seq: 200 + i });
      return `${prefix}-${i + 1},持卡人${i + 1},${id},A,${issue},${addDays(today, 900)}`;
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'talent-cards-'));
    const csv = path.join(dir, 'cards.csv');
    writeFileSync(csv, ['卡号,姓名,身份证号,等级,发卡日期,有效期至', ...lines].join('\r\n'));

    const s = await signedIn('talent-cards', '/bureau/', 'reviewer');
    const { page } = s;
    await page.goto(`${baseUrl}/bureau/talent-cards/import`);
    await page.getByTestId('import-file').setInputFiles(csv);
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('7');
    // Only the failing row is listed at first: the sixth card, on the spreadsheet's row 7.
    await page.getByTestId('import-row-7').waitFor();
    expect(await page.getByTestId('import-row-7').textContent()).toContain('日期无效');
    expect(await page.getByTestId('import-all').isDisabled()).toBe(true);
    await s.step('report-row-7');

    await page.getByTestId('import-valid-only').click();
    await page.getByTestId('import-confirm').waitFor();
    expect(await page.getByTestId('import-confirm').textContent()).toContain('7');
    await s.step('confirm-valid-only');
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('import-committed').waitFor();
    expect(await page.getByTestId('import-committed').textContent()).toContain('6');
    await s.step('imported');

    await page.goto(`${baseUrl}/bureau/talent-cards?q=${encodeURIComponent(prefix)}`);
    await page.getByTestId(`card-standing-${prefix}-1`).waitFor();
    expect(await page.getByTestId(`card-standing-${prefix}-6`).count()).toBe(0);
    await s.step('registry');

    await page.getByTestId(`revoke-${prefix}-2`).click();
    await page.getByTestId('revoke-dialog').waitFor();
    await page.getByTestId('reason').fill('持卡人已调离甘肃省');
    await page.getByTestId('revoke-dialog-submit').click();
    await page.getByTestId('cards-done').waitFor();
    await page.getByTestId('card-tab-revoked').click();
    await page.getByTestId(`card-standing-${prefix}-2`).waitFor();
    expect(await page.getByTestId(`card-standing-${prefix}-2`).textContent()).toBe('已注销');
    await s.step('revoked');
    await page.getByTestId(`history-${prefix}-2`).click();
    await page.getByTestId('card-history-list').waitFor();
    const history = await page.getByTestId('card-history-list').textContent();
    expect(history).toContain('批量导入');
    expect(history).toContain('持卡人已调离甘肃省');
    await s.step('history');
    await page.getByTestId('card-history').getByRole('button', { name: '关闭' }).last().click();

    // The demo's card that expires within 60 days, its holder warned.
    await page.goto(`${baseUrl}/bureau/talent-cards?view=expiring`);
    await page.getByTestId('expires-soon-LYRC-A-2023-0107').waitFor();
    await s.step('expiring');

    await page.goto(`${baseUrl}/bureau/service-level`);
    await page.getByTestId('sla-chart').waitFor();
    await page.getByTestId('sla-open').waitFor();
    await s.step('service-level');

    // English is a switch away: the registry speaks it too.
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByText('Median working days to a decision, by month').first().waitFor();
    await page.goto(`${baseUrl}/bureau/talent-cards?q=${encodeURIComponent(prefix)}`);
    await page.getByTestId('card-tab-expiring').getByText('Expiring within 60 days').waitFor();
    await s.step('registry-en');
  });
});

// Issue 6's aftercare in Chromium with a screenshot per step, on the demo city: the employer's HR
// confirms a person's months of social insurance; the bureau imports the agency's contributions file
// (refused whole, with the wrong row named); finance records 郑浩's repayment of the clawback the
// reviewer assessed; the admin reads what next year's parameters change and drafts a version after
// it (saved after a confirmation stating its date); the statistics page charts the money by tier.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayInChina } from '@talent/domain';
import { describe, expect, inject, it } from 'vitest';
import { demoBrowsers } from '../support/demo.js';

const baseUrl = inject('baseUrl');
const { signedIn } = demoBrowsers();

describe('aftercare of awards', () => {
  it('the employer confirms months of social insurance for its talent', async () => {
    const hr = await signedIn('aftercare-employer', '/employer/', '13900139001');
    await hr.page.goto(`${baseUrl}/employer/awards`);
    const confirm = hr.page.locator('[data-testid^="confirm-months-"]').first();
    await confirm.waitFor();
    await hr.step('employer-awards');
    await confirm.click();
    await hr.page.getByTestId('months-dialog').waitFor();
    await hr.page.getByTestId('toMonth').fill(todayInChina().slice(0, 7));
    await hr.step('employer-confirm-months');
    await hr.page.getByTestId('months-dialog-submit').click();
    await expect.poll(() => hr.page.getByTestId('awards-done').textContent()).toMatch(/已确认\d+个月/);
    await hr.step('employer-months-confirmed');
  });

  it('the bureau imports a contributions file: a wrong row refuses it whole, row by row', async () => {
    const admin = await signedIn('aftercare-contributions', '/bureau/', 'admin');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'talent-contributions-'));
    const csv = path.join(dir, '社保缴费明细.csv');
    writeFileSync(
      csv,
      '身份证号码,单位统一社会信用代码,缴费月份\n110105194912310021,91620000MA00000000,2026-13\n',
    );
    await admin.page.goto(`${baseUrl}/bureau/contributions`);
    await admin.page.getByTestId('contributions-file').setInputFiles(csv);
    await admin.page.getByTestId('contributions-upload').click();
    await admin.page.getByTestId('contributions-report').waitFor();
    expect(await admin.page.getByTestId('contributions-result').textContent()).toContain('未导入');
    expect(await admin.page.getByTestId('report-row-2').textContent()).toContain('缴费月份无效');
    await admin.step('contributions-refused');
  });

  it('finance records the repayment of a clawback the reviewer assessed', async () => {
    const finance = await signedIn('aftercare-clawback', '/bureau/', 'finance');
    await finance.page.goto(`${baseUrl}/bureau/clawbacks?stage=due`);
    const row = finance.page.locator('[data-testid^="clawback-"][href]').first();
    await row.waitFor();
    await finance.step('clawbacks-due');
    await row.click();
    await finance.page.getByTestId('clawback-calculation').waitFor();
    expect(await finance.page.getByTestId('clawback-amount').textContent()).toMatch(/元/);
    await finance.step('clawback-detail');
    await finance.page.getByTestId('clawback-recover').click();
    await finance.page.getByTestId('recover-dialog').waitFor();
    await finance.page.getByTestId('recover-dialog-submit').click();
    await expect.poll(() => finance.page.getByTestId('clawback-stage').textContent()).toBe('已退回');
    expect(await finance.page.getByTestId('clawback-outcome').textContent()).toContain('退回日期');
    await finance.step('clawback-recovered');
  });

  it('the admin reads next year’s changes and saves a later version after confirming its date', async () => {
    const admin = await signedIn('aftercare-policy', '/bureau/', 'admin');
    await admin.page.goto(`${baseUrl}/bureau/policy`);
    const upcoming = admin.page.locator('[data-testid^="policy-status-"]', { hasText: '待施行' }).first();
    await upcoming.waitFor();
    const key = (await upcoming.getAttribute('data-testid'))?.replace('policy-status-', '') ?? '';
    await admin.page.getByTestId(`policy-show-${key}`).click();
    await admin.page.getByTestId('policy-changes').waitFor();
    expect(await admin.page.getByTestId('policy-changes').textContent()).toContain('安家补贴');
    await admin.step('policy-diff');

    await admin.page.getByTestId('policy-new').click();
    await admin.page.getByTestId('policy-form').waitFor();
    await admin.page.getByTestId('tier-bachelor-settlingInYuan').fill('12000');
    await admin.step('policy-new-form');
    await admin.page.getByTestId('policy-save').click();
    await admin.page.getByTestId('policy-confirm').waitFor();
    expect(await admin.page.getByTestId('policy-confirm').textContent()).toMatch(/起施行/);
    await admin.step('policy-confirm');
    await admin.page.getByTestId('confirm-ok').click();
    await admin.page.getByTestId('policy-changes').waitFor();
    expect(await admin.page.getByTestId('policy-changes').textContent()).toContain('12,000');
    await admin.step('policy-saved');
  });

  it('the statistics chart and tabulate the money by tier, with a CSV', async () => {
    const auditor = await signedIn('aftercare-statistics', '/bureau/', 'auditor');
    await auditor.page.goto(`${baseUrl}/bureau/statistics`);
    await auditor.page.getByTestId('statistics-amounts-chart').waitFor();
    await auditor.page.getByTestId('statistics-table').waitFor();
    await auditor.step('statistics-by-tier');
    const [download] = await Promise.all([
      auditor.page.waitForEvent('download'),
      auditor.page.getByTestId('statistics-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^subsidy-statistics-tier-.*\.csv$/);
    await auditor.page.getByTestId('statistics-group').selectOption('county');
    await auditor.page.getByTestId('statistics-apply').click();
    await expect.poll(() => auditor.page.url()).toContain('groupBy=county');
    await auditor.step('statistics-by-county');
  });
});

// Issue 4's journey, through all three portals in Chromium with a screenshot per step: a graduate
// signs up and applies to settle in an employer's collective household; the employer accepts; the
// reviewer approves; the registrar registers; the graduate opens the move-in permit and the public
// page confirms it; later the graduate reports employment and the employer confirms it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeResidentId } from '@talent/domain/fakes';
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demoBrowsers } from '../support/demo.js';
import { fillSmsCode } from '../support/sms.js';

const baseUrl = inject('baseUrl');
const employerName = '庆阳市示范科技有限公司';
const { open, signIn } = demoBrowsers();

/** Real files the upload judges by content: a one-pixel PNG and a minimal PDF. */
function sampleFiles() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'talent-upload-'));
  const png = path.join(dir, 'id-card.png');
  writeFileSync(
    png,
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  const pdf = path.join(dir, 'diploma.pdf');
  writeFileSync(
    pdf,
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  return { png, pdf };
}

/** Picks the option whose text mentions `text` (labels carry extra facts, e.g. places left). */
async function chooseOption(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

describe('settle first, work later: the graduate settlement journey', () => {
  it('runs from sign-up to a verified move-in permit and a confirmed job', async () => {
    const files = sampleFiles();
    const mobile = `135${String(Date.now()).slice(-8)}`;
    const residentId = makeResidentId({
      regionCode: '621021',
      birthDate: '2001-04-18',
      sex: 'female',
      seq: Number(mobile.slice(-3)),
    });

    // 1. The graduate signs up on a phone, fills in the profile and education.
    const grad = await open('journey-1-graduate', { mobile: true });
    await grad.page.goto(`${baseUrl}/sign-up`);
    await grad.page.getByTestId('mobile').fill(mobile);
    await fillSmsCode(grad.page, baseUrl, mobile);
    await grad.page.getByTestId('name').fill('陈静');
    await grad.page.getByTestId('password').fill('Graduate2026');
    await grad.page.getByTestId('confirm').fill('Graduate2026');
    await grad.page.getByTestId('sign-up-submit').click();
    await grad.page.getByTestId('current-user-name').waitFor();
    await grad.step('signed-up');

    await grad.page.goto(`${baseUrl}/profile`);
    await grad.page.getByTestId('residentId').fill(residentId);
    await grad.page.getByTestId('profile-submit').click();
    await grad.page.getByTestId('profile-saved').waitFor();
    await grad.page.getByTestId('registeredPlace').fill('甘肃省兰州市城关区');
    await grad.page.getByTestId('school').fill('兰州大学');
    await grad.page.getByTestId('tier').selectOption('bachelor');
    await grad.page.getByTestId('major').fill('计算机科学与技术');
    const graduated = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    await grad.page.getByTestId('graduationDate').fill(graduated);
    await grad.page.getByTestId('certificateNo').fill(`10730${mobile}`);
    await grad.page.getByTestId('education-submit').click();
    await grad.page.getByTestId('education-saved').waitFor();
    await grad.step('profile-and-education');

    // 2. The application: the employer's collective household, documents, the live pre-check.
    await grad.page.goto(`${baseUrl}/apply`);
    await grad.page.getByTestId('place-employer_collective').check();
    const employerSelect = grad.page.getByTestId('employerId');
    await expect.poll(() => employerSelect.locator('option', { hasText: employerName }).count()).toBe(1);
    await chooseOption(employerSelect, employerName);
    await grad.step('where-to-settle');
    await grad.page.getByTestId('wizard-next').click();
    await grad.page.getByTestId('step-family').waitFor();
    await grad.page.getByTestId('wizard-next').click();
    await grad.page.getByTestId('step-documents').waitFor();
    await grad.page.getByTestId('doc-graduationCertificate-input').setInputFiles(files.pdf);
    await grad.page.getByTestId('doc-graduationCertificate-name').waitFor();
    await grad.page.getByTestId('electronicTransfer').check();
    await grad.page.getByTestId('doc-residentIdCard-input').setInputFiles(files.png);
    await grad.page.getByTestId('doc-residentIdCard-name').waitFor();
    await grad.step('documents');
    await grad.page.getByTestId('wizard-next').click();
    await grad.page.getByTestId('step-review').waitFor();
    await grad.page.getByTestId('precheck').waitFor();
    await grad.step('pre-check');
    await grad.page.getByTestId('submit-application').click();
    await grad.page.getByTestId('confirm-ok').click();
    await grad.page.getByTestId('application-page').waitFor();
    const applicationId = new URL(grad.page.url()).pathname.split('/').filter(Boolean).pop()!;
    const number = (await grad.page.getByTestId('application-number').textContent())!.trim();
    expect(number).toMatch(/\S+/);
    await grad.step('submitted');

    // 3. The employer accepts the graduate into its collective household.
    const employer = await open('journey-2-employer');
    await signIn(employer, '/employer/', '13900139000');
    await employer.page.getByTestId('nav-collective-requests').click();
    await employer.page.getByTestId(`accept-${number}`).click();
    await employer.step('accept');
    await employer.page.getByTestId('confirm-ok').click();
    await employer.page.getByTestId('collective-done').waitFor();
    await employer.step('accepted');

    // 4. The reviewer takes the case up and approves it.
    const reviewer = await open('journey-3-reviewer');
    await signIn(reviewer, '/bureau/', 'reviewer');
    await reviewer.page.goto(`${baseUrl}/bureau/settlements/${applicationId}`);
    await reviewer.page.getByTestId('case-page').waitFor();
    await reviewer.step('case');
    await reviewer.page.getByTestId('action-start_review').click();
    await reviewer.page.getByTestId('confirm-ok').click();
    await reviewer.page.getByTestId('action-approve').waitFor();
    await reviewer.page.getByTestId('action-approve').click();
    await reviewer.step('approve');
    await reviewer.page.getByTestId('confirm-ok').click();
    await expect.poll(() => reviewer.page.getByTestId('case-state').textContent()).toMatch(/批准|approved/i);
    await reviewer.step('approved');

    // 5. The registrar records the registration, which issues the permit.
    const registrar = await open('journey-4-registrar');
    await signIn(registrar, '/bureau/', 'registrar');
    await registrar.page.goto(`${baseUrl}/bureau/settlements/${applicationId}`);
    await registrar.page.getByTestId('action-register').click();
    await registrar.page.getByTestId('register-dialog').waitFor();
    await registrar.page.getByTestId('householdNumber').fill(`621021${mobile.slice(-6)}`);
    const station = registrar.page.getByTestId('policeStationId');
    await expect.poll(() => station.locator('option').count()).toBeGreaterThan(1);
    await station.selectOption({ index: 1 });
    await registrar.step('register');
    await registrar.page.getByTestId('register-submit').click();
    await expect
      .poll(() => registrar.page.getByTestId('case-state').textContent())
      .toMatch(/落户|registered/i);
    await registrar.step('registered');

    // 6. The graduate opens the permit; the public page confirms it with a masked name only.
    await grad.page.goto(`${baseUrl}/applications/${applicationId}`);
    await grad.page.getByTestId('open-permit').click();
    await grad.page.getByTestId('permit').waitFor();
    const code = (await grad.page.getByTestId('permit-code').textContent())!.trim();
    expect(await grad.page.getByTestId('permit-qr').count()).toBe(1);
    await grad.step('permit');
    const verifier = await open('journey-5-verify', { mobile: true });
    await verifier.page.goto(`${baseUrl}/verify/${encodeURIComponent(code)}`);
    await verifier.page.getByTestId('verify-genuine').waitFor();
    expect(await verifier.page.getByTestId('verify-name').textContent()).toBe('陈*');
    await verifier.step('genuine');

    // 7. Work later: the graduate reports the job, the employer confirms it.
    await grad.page.goto(`${baseUrl}/applications/${applicationId}`);
    await grad.page.getByTestId('employer-search').fill('示范科技');
    const employerOption = grad.page.getByTestId('employerId');
    await expect.poll(() => employerOption.locator('option', { hasText: employerName }).count()).toBe(1);
    await chooseOption(employerOption, employerName);
    await grad.page.getByTestId('contractStart').fill(new Date().toISOString().slice(0, 10));
    await grad.page.getByTestId('contractMonths').fill('36');
    await grad.page.getByTestId('position').fill('软件工程师');
    await grad.step('report-employment');
    await grad.page.getByTestId('report-employment-submit').click();
    await grad.page.getByTestId('employment-status').waitFor();
    await grad.step('employment-reported');

    await employer.page.getByTestId('nav-employment-reports').click();
    await employer.page.getByTestId(`confirm-${number}`).click();
    await employer.page.getByTestId('confirm-ok').click();
    await employer.page.getByTestId('reports-done').waitFor();
    await employer.step('employment-confirmed');

    await grad.page.reload();
    await expect
      .poll(() => grad.page.getByTestId('employment-status').textContent())
      .toMatch(/确认|confirmed/i);
    await grad.step('settled-and-employed');
  });
});

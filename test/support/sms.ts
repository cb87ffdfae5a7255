import type { Page } from 'playwright-core';

/**
 * The code the platform texted to a mobile, read from its SMS outbox through the test-only route
 * (apps/api/src/capabilities/auth/testSms.ts; the platform runs with TALENT_TEST_ROUTES=1).
 */
export async function smsCode(baseUrl: string, mobile: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/testing/sms-codes/${mobile}`);
  if (res.status !== 200) throw new Error(`no SMS code for ${mobile}: HTTP ${res.status}`);
  return ((await res.json()) as { code: string }).code;
}

/** Presses 获取验证码 beside the mobile already typed and types the code the SMS carried. */
export async function fillSmsCode(page: Page, baseUrl: string, mobile: string): Promise<void> {
  await page.getByTestId('send-code').click();
  await page.getByTestId('code-sent').waitFor();
  await page.getByTestId('code').fill(await smsCode(baseUrl, mobile));
}

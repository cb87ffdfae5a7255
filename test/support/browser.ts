import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { repoRoot } from './platform.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e');

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /**
   * Saves a full-page screenshot as test-results/e2e/<journey>/<nn>-<step>.png. Throws when the
   * portal's Content-Security-Policy has refused anything since the journey began.
   */
  step(name: string): Promise<string>;
  /** Closes the browser; throws, as step does, on a refusal of the Content-Security-Policy. */
  close(): Promise<void>;
}

export async function openBrowser(
  journey: string,
  options: { mobile?: boolean; locale?: string } = {},
): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // playwright gives each launch a fresh, empty profile folder of its own
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  // Chromium reports a blocked script, style or frame on the console; a journey must not cause one.
  const violations: string[] = [];
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  const assertNoViolations = () => {
    if (violations.length > 0) throw new Error(`Content-Security-Policy refused:\n${violations.join('\n')}`);
  };
  const page = await context.newPage();
  const dir = path.join(screenshotDir, journey);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return {
    browser,
    context,
    page,
    async step(name) {
      n += 1;
      const file = path.join(dir, `${String(n).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assertNoViolations();
      return file;
    },
    async close() {
      await browser.close();
      assertNoViolations();
    },
  };
}

import { afterEach, inject } from 'vitest';
import { openBrowser, type Session } from './browser.js';

// The journeys' browsers and the demo's sign-ins (apps/api/src/seed/demo.ts, README): what every
// e2e file needs before its first step.

/** Every demo account's password. */
export const DEMO_PASSWORD = 'qingyang2026';

/**
 * Registers the closing of the file's browsers after each test, and returns how to open one for a
 * journey (`open`), sign in on a portal with a demo login (`signIn`), or both (`signedIn`).
 */
export function demoBrowsers() {
  const baseUrl = inject('baseUrl');
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close();
  });
  const open = async (journey: string, options: { mobile?: boolean } = {}) => {
    const s = await openBrowser(journey, options);
    sessions.push(s);
    return s;
  };
  /** Signs in on the portal at `portalPath` and waits for the page that says who is signed in. */
  const signIn = async (s: Session, portalPath: string, login: string) => {
    await s.page.goto(`${baseUrl}${portalPath}`);
    await s.page.getByTestId('login').fill(login);
    await s.page.getByTestId('password').fill(DEMO_PASSWORD);
    await s.page.getByTestId('sign-in-submit').click();
    await s.page.getByTestId('current-user-name').or(s.page.getByTestId('who-am-i')).first().waitFor();
  };
  const signedIn = async (journey: string, portalPath: string, login: string) => {
    const s = await open(journey);
    await signIn(s, portalPath, login);
    return s;
  };
  return { open, signIn, signedIn };
}

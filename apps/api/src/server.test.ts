import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTAL_CSP } from './platform/headers.js';
import { createPortalApp } from './server.js';

function fakeApps(built: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talent-portals-'));
  for (const name of built) {
    mkdirSync(path.join(dir, name, 'dist', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, name, 'dist', 'index.html'), `<title>${name}</title>`);
    writeFileSync(path.join(dir, name, 'dist', 'assets', 'app.js'), `console.log('${name}')`);
  }
  return dir;
}

describe('the portal server', () => {
  it('serves each portal’s files and falls back to its index.html for client routes', async () => {
    const web = createPortalApp(fakeApps(['applicant', 'employer', 'bureau']));
    const text = async (p: string) => {
      const res = await web.request(p);
      return `${res.status} ${await res.text()}`;
    };
    expect(await text('/')).toBe('200 <title>applicant</title>');
    expect(await text('/profile/edit')).toBe('200 <title>applicant</title>');
    expect(await text('/assets/app.js')).toBe("200 console.log('applicant')");
    expect(await text('/employer/')).toBe('200 <title>employer</title>');
    expect(await text('/employer/staff/1')).toBe('200 <title>employer</title>');
    expect(await text('/employer/assets/app.js')).toBe("200 console.log('employer')");
    expect(await text('/bureau/staff')).toBe('200 <title>bureau</title>');
    expect((await web.request('/bureau')).headers.get('location')).toBe('/bureau/');
  });

  it('serves pages and assets under a policy that runs no inline script and refuses framing', async () => {
    const web = createPortalApp(fakeApps(['applicant', 'employer', 'bureau']));
    for (const p of ['/', '/employer/staff', '/bureau/assets/app.js']) {
      const res = await web.request(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-security-policy'), p).toBe(PORTAL_CSP);
      expect(res.headers.get('x-content-type-options'), p).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), p).toBe('same-origin');
    }
    expect(PORTAL_CSP).toContain("script-src 'self';");
    expect(PORTAL_CSP).not.toContain('unsafe-inline');
    expect(PORTAL_CSP).toContain("frame-ancestors 'none'");
  });

  it('does not serve files outside dist', async () => {
    const web = createPortalApp(fakeApps(['applicant', 'employer', 'bureau']));
    const res = await web.request('/employer/..%2f..%2fpackage.json');
    expect(await res.text()).toBe('<title>employer</title>');
  });

  it('says to run the build when a portal is missing', async () => {
    const web = createPortalApp(fakeApps(['applicant']));
    const res = await web.request('/bureau/staff');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('pnpm build');
    expect((await web.request('/')).status).toBe(200);
  });
});

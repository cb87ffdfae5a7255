import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { apiFetch } from '../api/apiFetch';
import { AppShell, type NavItem } from '../shell/AppShell';
import { apiError, jsonResponse, renderWithProviders } from '../test/utils';
import { AuthProvider, useCurrentUser } from './AuthProvider';
import { safeNextPath } from './access';
import { RequireAccess, RequireAuth } from './RequireAuth';
import type { Me } from './types';

const auditor: Me = {
  id: 'u2',
  kind: 'bureau',
  name: '赵督查',
  login: 'auditor',
  roles: ['auditor'],
  employer: null,
  employerRole: null,
  residentId: null,
  identityVerifiedBy: null,
};

const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/staff', label: 'nav.staff', audience: { roles: ['admin', 'auditor'] } },
  { to: '/finance', label: 'nav.password', audience: { roles: ['finance'] } },
];

function Home() {
  const user = useCurrentUser();
  return (
    <>
      <p data-testid="current-user-name">{user.name}</p>
      <button type="button" onClick={() => void apiFetch('/api/bureau/staff').catch(() => {})}>
        load
      </button>
    </>
  );
}

function renderConsole(me: Me | null, route = '/') {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('/api/me'))
      return me ? jsonResponse(200, { user: me }) : apiError(401, 'unauthenticated');
    if (url.includes('/api/bureau/staff')) return apiError(401, 'unauthenticated');
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return renderWithProviders(
    <Routes>
      <Route element={<AppShell portal="bureau" nav={nav} />}>
        <Route path="/sign-in" element={<p>sign-in page</p>} />
        <Route element={<RequireAuth />}>
          <Route path="/" element={<Home />} />
          <Route
            path="/finance"
            element={
              <RequireAccess audience={{ roles: ['finance'] }}>
                <p>finance</p>
              </RequireAccess>
            }
          />
        </Route>
      </Route>
    </Routes>,
    { route, wrapper: (children) => <AuthProvider kind="bureau">{children}</AuthProvider> },
  );
}

describe('auth guard and shell', () => {
  it('shows the user, their role and only the navigation their roles allow', async () => {
    renderConsole(auditor);
    expect((await screen.findByTestId('current-user-name')).textContent).toBe('赵督查');
    expect(screen.getByTestId('shell-user-role').textContent).toBe('督查');
    expect(screen.getByTestId('nav-home')).toBeTruthy();
    expect(screen.getByTestId('nav-staff')).toBeTruthy();
    expect(screen.queryByTestId('nav-finance')).toBeNull();
  });

  it('shows "no access" on a page outside the roles', async () => {
    renderConsole(auditor, '/finance');
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.queryByText('finance')).toBeNull();
  });

  it('sends the user to sign in when a request finds the session gone, remembering the page', async () => {
    renderConsole(auditor, '/?tab=2');
    await screen.findByTestId('current-user-name');
    fireEvent.click(screen.getByText('load'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/sign-in?next=%2F%3Ftab%3D2'),
    );
    expect(screen.queryByTestId('shell-user')).toBeNull();
  });

  it('refuses an account of another kind', async () => {
    renderConsole({ ...auditor, kind: 'applicant', roles: [] });
    expect(await screen.findByTestId('wrong-portal')).toBeTruthy();
  });
});

describe('safeNextPath', () => {
  it('keeps paths inside the portal and drops anything else', () => {
    expect(safeNextPath('/staff?page=2')).toBe('/staff?page=2');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
  });
});

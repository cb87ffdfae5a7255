import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AuthProvider, useCurrentUser } from '../auth/AuthProvider';
import { RequireAuth } from '../auth/RequireAuth';
import type { Me } from '../auth/types';
import { apiError, jsonResponse, renderWithProviders } from '../test/utils';
import { SignInPage } from './SignInPage';

const admin: Me = {
  id: 'u1',
  kind: 'bureau',
  name: '王管理',
  login: 'admin',
  roles: ['admin'],
  employer: null,
  employerRole: null,
  residentId: null,
  identityVerifiedBy: null,
};

function Home() {
  return <p data-testid="current-user-name">{useCurrentUser().name}</p>;
}

function renderPortal(route: string, kind: Me['kind'] = 'bureau') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/sign-in"
        element={<SignInPage signUpPath={kind === 'bureau' ? undefined : '/sign-up'} />}
      />
      <Route element={<RequireAuth />}>
        <Route path="/" element={<Home />} />
        <Route path="/staff" element={<Home />} />
      </Route>
    </Routes>,
    { route, wrapper: (children) => <AuthProvider kind={kind}>{children}</AuthProvider> },
  );
}

/** A fetch stub answering /api/me with 401 and /api/auth/sign-in with `signIn`. */
function stubFetch(signIn: () => Promise<Response> | Response) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/api/me')) return apiError(401, 'unauthenticated');
    if (url.endsWith('/api/auth/sign-in')) return signIn();
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  const signInCalls = () => fetchMock.mock.calls.filter(([u]) => String(u).endsWith('/api/auth/sign-in'));
  return { fetchMock, signInCalls };
}

async function fillAndSubmit(login: string, password: string, clicks = 1) {
  fireEvent.change(await screen.findByTestId('login'), { target: { value: login } });
  fireEvent.change(screen.getByTestId('password'), { target: { value: password } });
  const submit = screen.getByTestId('sign-in-submit');
  for (let i = 0; i < clicks; i++) fireEvent.click(submit);
}

describe('SignInPage', () => {
  it('sends the request once on a double click, then lands on the page the user wanted', async () => {
    let release: (r: Response) => void = () => {};
    const { signInCalls } = stubFetch(
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    );
    renderPortal('/staff');
    // the guard sent us to sign in, remembering the target
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in?next=%2Fstaff'));
    expect(screen.getByRole('textbox', { name: '用户名' })).toBe(screen.getByTestId('login'));

    await fillAndSubmit('admin', 'qingyang2026', 2);
    await waitFor(() => expect(signInCalls()).toHaveLength(1));
    expect(screen.getByTestId('sign-in-submit').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('sign-in-submit'));
    fireEvent.submit(screen.getByTestId('sign-in-form'));

    release(jsonResponse(200, { user: admin }));
    expect((await screen.findByTestId('current-user-name')).textContent).toBe('王管理');
    expect(screen.getByTestId('location').textContent).toBe('/staff');
    expect(signInCalls()).toHaveLength(1);
    const body = JSON.parse(String(signInCalls()[0]?.[1]?.body));
    expect(body).toEqual({ kind: 'bureau', login: 'admin', password: 'qingyang2026' });
  });

  it('shows the wrong-credentials message from the catalogue', async () => {
    stubFetch(() => apiError(401, 'invalid_credentials'));
    renderPortal('/sign-in');
    await fillAndSubmit('admin', 'wrong-password');
    const alert = await screen.findByTestId('form-error');
    expect(alert.textContent).toContain('账号或密码不正确');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('sign-in-submit').hasAttribute('disabled')).toBe(false);
  });

  it('shows the wait of a 429 and keeps the button disabled meanwhile', async () => {
    stubFetch(() => apiError(429, 'rate_limited', { retryAfterSeconds: 30 }));
    renderPortal('/sign-in');
    await fillAndSubmit('admin', 'wrong-password');
    expect((await screen.findByTestId('form-error')).textContent).toContain('尝试次数过多,请在 30 秒后重试');
    expect(screen.getByTestId('sign-in-submit').hasAttribute('disabled')).toBe(true);
  });

  it('states a long wait in minutes', async () => {
    stubFetch(() => apiError(429, 'rate_limited', { retryAfterSeconds: 439 }));
    renderPortal('/sign-in');
    await fillAndSubmit('admin', 'wrong-password');
    expect((await screen.findByTestId('form-error')).textContent).toContain('请在 8 分钟后重试');
    // the button counts minutes too, not "登录 (439)"
    expect(screen.getByTestId('sign-in-submit').textContent).toBe('请 8 分钟后再试');
  });

  it('validates with the domain schema before sending anything', async () => {
    const { signInCalls } = stubFetch(() => jsonResponse(200, { user: admin }));
    renderPortal('/sign-in');
    fireEvent.click(await screen.findByTestId('sign-in-submit'));
    expect(await screen.findByText('请输入账号')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(signInCalls()).toHaveLength(0);
  });

  it('labels the login field as the mobile number outside the bureau and links to sign-up', async () => {
    stubFetch(() => jsonResponse(200, { user: admin }));
    renderPortal('/sign-in', 'applicant');
    expect(await screen.findByRole('textbox', { name: '手机号' })).toBe(screen.getByTestId('login'));
    expect(screen.getByRole('link', { name: '立即注册' }).getAttribute('href')).toBe('/sign-up');
  });
});

import type { Locale } from '@talent/domain';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { QueryProvider } from '../api/query';
import { I18nProvider } from '../i18n/I18nProvider';

/** Shows the router's current location, so a test can read what the URL would be. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function renderWithProviders(
  ui: ReactElement,
  {
    route = '/',
    locale = 'zh-CN',
    wrapper,
  }: { route?: string; locale?: Locale; wrapper?: (c: ReactNode) => ReactNode } = {},
): RenderResult {
  return render(
    <MemoryRouter initialEntries={[route]}>
      <I18nProvider initialLocale={locale}>
        <QueryProvider>
          {wrapper ? wrapper(ui) : ui}
          <LocationProbe />
        </QueryProvider>
      </I18nProvider>
    </MemoryRouter>,
  );
}

/** A JSON Response as the API sends it. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function apiError(status: number, code: string, details?: unknown): Response {
  return jsonResponse(status, { error: { code, message: code, details, requestId: 'req-test-1' } });
}

/// <reference types="vite/client" />
import { messages } from '@talent/domain';
import { catalogueParts, keysDefinedTwice } from '@talent/domain/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, LanguageSwitch, useT } from './I18nProvider';
import { LOCALE_STORAGE_KEY, translate } from './translate';

function Probe() {
  const t = useT();
  return (
    <>
      <p data-testid="name">{t('app.name')}</p>
      <p data-testid="domain">{t('validation.mobile.invalid')}</p>
      <p data-testid="params">{t('table.total', { total: 42 })}</p>
      <LanguageSwitch />
    </>
  );
}

describe('i18n', () => {
  it('speaks Chinese by default and sets <html lang>', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('name').textContent).toBe('庆阳人才落户与激励平台');
    expect(screen.getByTestId('domain').textContent).toBe('请输入有效的11位手机号码');
    expect(screen.getByTestId('params').textContent).toBe('共 42 条');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, saves the choice and updates <html lang>', () => {
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByTestId('language-switch'), { target: { value: 'en' } });
    expect(screen.getByTestId('name').textContent).toBe('Qingyang Talent');
    expect(screen.getByTestId('domain').textContent).toBe('Enter a valid 11-digit mainland mobile number');
    expect(screen.getByTestId('params').textContent).toBe('42 in all');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

    unmount();
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('name').textContent).toBe('Qingyang Talent');
  });

  it('ignores a stored value that is not a locale', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('name').textContent).toBe('庆阳人才落户与激励平台');
  });

  it('returns an unknown key as itself so a missing text is visible', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
    expect(translate('en', 'error.invalid_credentials')).toBe('Wrong sign-in name or password');
  });

  it('words a count through Intl.PluralRules', () => {
    expect(translate('en', 'eligibility.months', { n: 1 })).toBe('1 month');
    expect(translate('en', 'eligibility.months', { n: 6 })).toBe('6 months');
    expect(translate('zh-CN', 'eligibility.months', { n: 1 })).toBe('1个月');
  });

  it("defines each key in one catalogue only, the portals' or the domain's", () => {
    const parts = catalogueParts(import.meta.glob('./catalogue*.ts', { eager: true }));
    const domain = { name: '@talent/domain#messages', keys: Object.keys(messages) };
    expect(keysDefinedTwice([...parts, domain])).toEqual({});
  });
});

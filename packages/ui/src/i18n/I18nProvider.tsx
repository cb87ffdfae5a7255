import { type Locale, locales, type MessageParams } from '@talent/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { commonUiMessages, type UiCatalogue } from './portals';
import { readStoredLocale, storeLocale, type TranslationKey, translate } from './translate';

export type TFunction = (key: TranslationKey, params?: MessageParams) => string;

type I18nContextValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** For keys known at compile time. */
  t: TFunction;
  /** For keys that arrive at run time (a zod issue's message, an API error code); unknown keys come back as is. */
  tKey: (key: string, params?: MessageParams) => string;
};

const I18nContext = createContext<I18nContextValue | null>(null);

/**
 * `messages` is the portal's own catalogue (portals.ts), so a portal ships only the strings it shows;
 * without it, the strings every portal has.
 */
export function I18nProvider({
  children,
  initialLocale,
  messages = commonUiMessages,
}: {
  children: ReactNode;
  initialLocale?: Locale;
  messages?: UiCatalogue;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const tKey = (key: string, params?: MessageParams) => translate(locale, key, params, messages);
    return { locale, setLocale, t: tKey, tKey };
  }, [locale, setLocale, messages]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}

/** `t(key, params)` in the current language. */
export function useT(): TFunction {
  return useI18n().t;
}

/** A select that switches zh-CN ⇄ en; the choice is saved and `<html lang>` follows it. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className={['lang-switch', className].filter(Boolean).join(' ')}>
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        data-testid="language-switch"
        value={locale}
        onChange={(e) => {
          const next = locales.find((l) => l === e.target.value);
          if (next) setLocale(next);
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

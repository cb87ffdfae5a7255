/// <reference types="vite/client" />
import { catalogueParts } from '@talent/domain/testing';
import { describe, expect, it } from 'vitest';
import {
  applicantPortalMessages,
  bureauPortalMessages,
  commonUiMessages,
  employerPortalMessages,
  type UiCatalogue,
} from './portals';

// A portal ships only the catalogues it uses, so a key its pages use but its catalogue lacks would
// show as the bare key. This reads each portal's sources for the catalogue keys they name: a quoted
// key, or a prefix (a template `prefix.${…}` or a quoted 'prefix.': every key under it then).

const sources = import.meta.glob<string>(
  [
    '../**/*.{ts,tsx}',
    '../../../../apps/{applicant,employer,bureau}/src/**/*.{ts,tsx}',
    '!**/*.test.{ts,tsx}',
  ],
  { eager: true, query: '?raw', import: 'default' },
);

/** The catalogue keys a portal's sources (or @talent/ui's) name that `catalogue` lacks. */
function missingKeys(
  folder: 'ui' | 'applicant' | 'employer' | 'bureau',
  allKeys: readonly string[],
  catalogue: UiCatalogue,
): string[] {
  const missing = new Set<string>();
  const known = new Set(allKeys);
  for (const [path, text] of Object.entries(sources)) {
    const inFolder = folder === 'ui' ? !path.startsWith('../../') : path.includes(`/apps/${folder}/`);
    if (!inFolder || /\/?i18n\/(catalogue|portals)|^\.\/(catalogue|portals)/.test(path)) continue;
    for (const [, key = ''] of text.matchAll(/['"`]([a-zA-Z][\w.-]*)['"`]/g)) {
      if (known.has(key) && !Object.hasOwn(catalogue, key)) missing.add(key);
    }
    for (const [, prefix = ''] of text.matchAll(/['"`]([a-zA-Z][\w.-]*\.)(?:['"`]|\$\{)/g)) {
      for (const key of allKeys)
        if (key.startsWith(prefix) && !Object.hasOwn(catalogue, key)) missing.add(key);
    }
  }
  return [...missing].sort();
}

describe('each portal’s catalogue', () => {
  const parts = catalogueParts(import.meta.glob('./catalogue*.ts', { eager: true }));
  const allKeys = parts.flatMap((part) => part.keys);

  it('holds every key @talent/ui’s own components use', () => {
    expect(missingKeys('ui', allKeys, commonUiMessages)).toEqual([]);
  });

  it.each([
    ['applicant', applicantPortalMessages],
    ['employer', employerPortalMessages],
    ['bureau', bureauPortalMessages],
  ] as const)('holds every key the %s portal uses', (portal, catalogue) => {
    expect(missingKeys(portal, allKeys, catalogue)).toEqual([]);
  });
});

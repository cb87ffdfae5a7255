import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorCodes } from '../errors';
import { catalogueParts, keysDefinedTwice } from '../testing/catalogues';
import { localizeIssues } from './localizeIssues';
import { isMessageKey, messages } from './messages';
import { hasPlural, selectPlurals } from './plural';
import { t } from './t';

describe('t', () => {
  it('translates and interpolates', () => {
    expect(t('zh-CN', 'zod.too_small.string', { minimum: 3 })).toBe('至少3个字符');
    expect(t('en', 'zod.too_small.string', { minimum: 3 })).toBe('At least 3 characters');
    expect(t('en', 'error.not_found')).toBe('Not found');
  });

  it('falls back to the key, and keeps unknown placeholders visible', () => {
    expect(t('en', 'no.such.key')).toBe('no.such.key');
    expect(t('en', 'no.such.{thing}', { thing: 'key' })).toBe('no.such.key');
    expect(t('en', 'no.such.{thing}', {})).toBe('no.such.{thing}');
    expect(t('zh-CN', 'zod.too_small.string')).toBe('至少{minimum}个字符');
    expect(isMessageKey('constructor')).toBe(false);
  });

  it('has both languages for every key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(messages)) {
      // a placeholder, or a plural block's count: '{n, plural, one {# month} other {# months}}'
      const names = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
      expect(text['zh-CN'].length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      expect(names(text.en), key).toEqual(names(text['zh-CN']));
    }
  });

  it('defines each key in one catalogue only, and every catalogue is in `messages`', () => {
    const parts = catalogueParts(
      import.meta.glob(['./catalogue/*.ts', '../*/messages.ts', '!**/*.test.ts'], { eager: true }),
    );
    expect(keysDefinedTwice(parts)).toEqual({});
    expect(parts.reduce((n, part) => n + part.keys.length, 0)).toBe(Object.keys(messages).length);
  });

  it('has a message for every API error code', () => {
    for (const code of Object.keys(errorCodes)) expect(isMessageKey(`error.${code}`)).toBe(true);
  });
});

describe('selectPlurals', () => {
  const months = '{n, plural, one {# month} other {# months}}';

  it('picks the form Intl.PluralRules gives the count, # standing for it', () => {
    expect(selectPlurals('en', months, { n: 1 })).toBe('1 month');
    expect(selectPlurals('en', months, { n: 0 })).toBe('0 months');
    expect(selectPlurals('en', `${months} of ${months}`, { n: 12 })).toBe('12 months of 12 months');
    expect(selectPlurals('en', months, { n: '1,200' })).toBe('1,200 months');
    expect(selectPlurals('zh-CN', '{n, plural, other {#个月}}', { n: 1 })).toBe('1个月');
  });

  it('leaves a block whose count is missing visible, and plain texts alone', () => {
    expect(selectPlurals('en', months, {})).toBe(months);
    expect(hasPlural('{n} months')).toBe(false);
    expect(hasPlural(months)).toBe(true);
  });
});

describe('localizeIssues', () => {
  const schema = z.object({
    keyed: z.string().min(3, 'validation.password.tooShort'),
    s: z.string().min(2).max(3),
    n: z.number().min(1).max(5).multipleOf(2),
    list: z.array(z.string()).min(1).max(1),
    choice: z.enum(['a', 'b']),
    missing: z.string(),
    wrongType: z.number(),
    union: z.union([z.string(), z.number()]),
    nested: z.object({ inner: z.string().regex(/^x$/) }),
    custom: z.string().refine(() => false),
    customKeyed: z.string().superRefine((_v, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'zod.too_small.string', params: { minimum: 9 } });
    }),
    record: z.record(z.string().min(2), z.string()),
  });
  const input = {
    keyed: 'ab',
    s: 'abcd',
    n: 7,
    list: ['a', 'b'],
    choice: 'c',
    wrongType: 'x',
    union: true,
    nested: { inner: 'y' },
    custom: 'x',
    customKeyed: 'x',
    record: { a: 'x' },
  };

  it('turns keys and built-in issues into messages, with dotted paths', () => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const zh = localizeIssues(result.error.issues, 'zh-CN');
    const en = localizeIssues(result.error.issues, 'en');
    const byPath = Object.fromEntries(en.map((i) => [i.path, i]));
    expect(byPath.keyed).toEqual({
      path: 'keyed',
      code: 'validation.password.tooShort',
      message: 'The password needs at least 8 characters',
    });
    expect(byPath.s?.code).toBe('zod.too_big.string');
    expect(byPath.list?.code).toBe('zod.too_big.array');
    expect(byPath.choice?.message).toBe('Invalid value; expected one of: a, b');
    expect(byPath.missing?.code).toBe('zod.required');
    expect(byPath.wrongType).toMatchObject({
      code: 'zod.invalid_type',
      message: 'Invalid type: expected number',
    });
    expect(byPath.union?.code).toBe('zod.invalid_union');
    expect(byPath['nested.inner']?.code).toBe('zod.invalid_format');
    expect(byPath.custom?.code).toBe('zod.custom');
    expect(byPath.customKeyed?.message).toBe('At least 9 characters');
    expect(byPath['record.a']?.code).toBe('zod.invalid_key');
    expect(en.filter((i) => i.path === 'n').map((i) => i.code)).toEqual([
      'zod.too_big.number',
      'zod.not_multiple_of',
    ]);
    expect(zh.find((i) => i.path === 'keyed')?.message).toBe('密码至少8位');
    for (const issue of [...zh, ...en]) expect(issue.message).not.toMatch(/^[a-z_]+\.[a-z_.]+$/);
  });

  it('covers the remaining built-in issues', () => {
    const strict = z.strictObject({ a: z.number().min(2), s: z.set(z.string()).min(1) });
    const result = strict.safeParse({ a: 1, s: new Set(), extra: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const codes = localizeIssues(result.error.issues, 'en').map((i) => [i.path, i.code, i.message]);
    expect(codes).toContainEqual(['', 'zod.unrecognized_keys', 'Unrecognised field(s): extra']);
    expect(codes).toContainEqual(['a', 'zod.too_small.number', 'Must be at least 2']);
    expect(codes).toContainEqual(['s', 'zod.too_small.array', 'At least 1 items']);
  });
});

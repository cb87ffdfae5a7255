import type { z } from 'zod';
import type { Locale } from './locale';
import { isMessageKey } from './messages';
import { type MessageParams, t } from './t';

export type LocalizedIssue = { path: string; code: string; message: string };

/**
 * Turns zod issues into what a form or the API edge shows. Our schemas put catalogue keys in
 * `message`, so the key is the stable code; zod's own issues (a schema that gave no key) get a
 * 'zod.*' key and a message built from the issue's parameters, so nothing reaches the user in
 * zod's built-in English.
 */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): LocalizedIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (isMessageKey(issue.message)) {
      const params = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
      return { path, code: issue.message, message: t(locale, issue.message, params) };
    }
    const [code, params] = builtInKey(issue);
    return { path, code, message: t(locale, code, params) };
  });
}

function builtInKey(issue: z.core.$ZodIssue): [string, MessageParams?] {
  switch (issue.code) {
    case 'invalid_type':
      // zod drops `input` from reported issues by default; its message is the only trace of a missing field.
      return isMissing(issue) ? ['zod.required'] : ['zod.invalid_type', { expected: issue.expected }];
    case 'too_small':
      return [`zod.too_small.${sizeKind(issue.origin)}`, { minimum: Number(issue.minimum) }];
    case 'too_big':
      return [`zod.too_big.${sizeKind(issue.origin)}`, { maximum: Number(issue.maximum) }];
    case 'not_multiple_of':
      return ['zod.not_multiple_of', { divisor: issue.divisor }];
    case 'unrecognized_keys':
      return ['zod.unrecognized_keys', { keys: issue.keys.join(', ') }];
    case 'invalid_value':
      return ['zod.invalid_value', { values: issue.values.map(String).join(', ') }];
    default:
      return [`zod.${issue.code}`];
  }
}

function isMissing(issue: z.core.$ZodIssueInvalidType): boolean {
  return ('input' in issue && issue.input === undefined) || issue.message.endsWith('received undefined');
}

function sizeKind(origin: string): 'string' | 'array' | 'number' {
  if (origin === 'string' || origin === 'array') return origin;
  if (origin === 'set') return 'array';
  return 'number';
}

import { isMessageKey } from '@talent/domain';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, type FieldIssue } from '../api/apiFetch';
import { isUiMessageKey } from '../i18n/translate';

type SettableForm<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'getValues'>;

/** 'roles.0' → 'roles': an issue on one element of a list of plain values belongs to the list's field. */
function fieldPathOf(path: string): string {
  const segments = path.split('.');
  const cut = segments.findIndex((s) => /^\d+$/.test(s));
  return (cut === -1 ? segments : segments.slice(0, cut)).join('.');
}

/**
 * Puts the field errors of a `validation_failed` response on the form's fields, so the server's
 * verdict shows where the client's would have. The stored message is the catalogue key (translated by
 * the field, so a language switch re-translates it), or the server's text for an unknown code.
 * Returns how many were placed and the issues that match no field of this form.
 */
export function applyServerErrors<T extends FieldValues>(
  form: SettableForm<T>,
  errorOrIssues: ApiError | readonly FieldIssue[],
): { applied: number; unmatched: FieldIssue[] } {
  const issues = errorOrIssues instanceof ApiError ? errorOrIssues.fields : errorOrIssues;
  const values: Record<string, unknown> = form.getValues();
  const unmatched: FieldIssue[] = [];
  let applied = 0;
  for (const issue of issues) {
    const path = fieldPathOf(issue.path);
    const root = path.split('.')[0] ?? '';
    if (path === '' || !Object.hasOwn(values, root)) {
      unmatched.push(issue);
      continue;
    }
    const message = isMessageKey(issue.code) || isUiMessageKey(issue.code) ? issue.code : issue.message;
    form.setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: applied === 0 });
    applied++;
  }
  return { applied, unmatched };
}

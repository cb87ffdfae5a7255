/**
 * The error option for a schema's base type: a missing field says "required", a value of the wrong
 * type gets the field's own message key.
 */
export function typeError(key: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? 'validation.required' : key) };
}

import { type BaseSyntheticEvent, useCallback, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { isApiError } from '../api/apiFetch';
import { applyServerErrors } from './applyServerErrors';

export type SubmitOptions = {
  /** Handle an error specially (e.g. 409 → a field error); return true when handled. */
  onError?: (error: unknown) => boolean;
};

/**
 * Wraps a form's submit: validates with the form's schema, runs `action` once at a time (a
 * double-click or a second Enter while the request is pending does nothing), puts server field errors
 * on the fields, and keeps any other error for <FormError>.
 */
export function useFormSubmit<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  action: (values: TOut) => unknown,
  options: SubmitOptions = {},
) {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { onError } = options;

  const onSubmit = useCallback(
    (event?: BaseSyntheticEvent) => {
      event?.preventDefault();
      if (inFlight.current) return Promise.resolve();
      inFlight.current = true;
      setPending(true);
      setError(null);
      return form
        .handleSubmit(async (values) => {
          try {
            await action(values);
          } catch (e) {
            if (onError?.(e)) return;
            if (isApiError(e) && e.code === 'validation_failed') {
              const { applied, unmatched } = applyServerErrors(form, e);
              if (applied > 0 && unmatched.length === 0) return;
            }
            if (!isApiError(e)) console.error(e);
            setError(e);
          }
        })(event)
        .finally(() => {
          inFlight.current = false;
          setPending(false);
        });
    },
    [form, action, onError],
  );

  return { onSubmit, pending, error, setError };
}

import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { useId, useState } from 'react';
import { type FieldValues, get, type Path, type UseFormReturn } from 'react-hook-form';
import { useI18n } from '../i18n/I18nProvider';

/** What a field needs of the form: works with any `useZodForm` result. */
export type FieldForm<T extends FieldValues> = Pick<UseFormReturn<T>, 'register' | 'formState'>;

type FieldBaseProps<T extends FieldValues> = {
  form: FieldForm<T>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Defaults to the field's name. */
  testId?: string;
  disabled?: boolean;
};

/** The field's error as text: the message is a catalogue key (from the schema or the server). */
function useFieldError<T extends FieldValues>(form: FieldForm<T>, name: Path<T>): string | undefined {
  const { tKey } = useI18n();
  const fieldError = get(form.formState.errors, name) as { message?: unknown } | undefined;
  const message = fieldError?.message;
  return typeof message === 'string' && message !== '' ? tKey(message) : undefined;
}

function FieldFrame({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  hintId: string;
  error: string | undefined;
  errorId: string;
  required: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

function describedBy(hint: ReactNode, hintId: string, error: string | undefined, errorId: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

export type TextFieldProps<T extends FieldValues> = FieldBaseProps<T> & {
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  autoFocus?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** Shown after the input, e.g. a show/hide button. */
  adornment?: ReactNode;
};

export function TextField<T extends FieldValues>(props: TextFieldProps<T>) {
  const { form, name, label, hint, required, testId, disabled, type = 'text', adornment, ...input } = props;
  const id = useId();
  const error = useFieldError(form, name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      hintId={hintId}
      error={error}
      errorId={errorId}
      required={required}
    >
      <div className="field-control">
        <input
          id={id}
          type={type}
          className="input"
          data-testid={testId ?? name}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(hint, hintId, error, errorId)}
          disabled={disabled}
          {...input}
          {...form.register(name)}
        />
        {adornment}
      </div>
    </FieldFrame>
  );
}

export type PasswordFieldProps<T extends FieldValues> = Omit<
  TextFieldProps<T>,
  'type' | 'adornment' | 'inputMode'
>;

/** A password input with a show/hide switch. */
export function PasswordField<T extends FieldValues>(props: PasswordFieldProps<T>) {
  const [visible, setVisible] = useState(false);
  const { t } = useI18n();
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      adornment={
        <button
          type="button"
          className="field-adornment"
          aria-pressed={visible}
          aria-label={visible ? t('field.hidePassword') : t('field.showPassword')}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('field.hide') : t('field.show')}
        </button>
      }
    />
  );
}

/**
 * A new password and its confirmation (`confirm`): sign-up, password reset and change ask for it the
 * same way, with the rules as the hint and the browser told to suggest a new one.
 */
export function NewPasswordFields<T extends FieldValues>(props: {
  form: FieldForm<T>;
  name: Path<T>;
  label: ReactNode;
  confirmLabel: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <PasswordField
        form={props.form}
        name={props.name}
        label={props.label}
        hint={t('signUp.passwordHint')}
        autoComplete="new-password"
        required
      />
      <PasswordField
        form={props.form}
        name={'confirm' as Path<T>}
        label={props.confirmLabel}
        autoComplete="new-password"
        required
      />
    </>
  );
}

export type Option = { value: string; label: ReactNode };

export type SelectFieldProps<T extends FieldValues> = FieldBaseProps<T> & {
  options: readonly Option[];
  /** Adds an empty first choice ("Choose…"). */
  placeholder?: boolean;
};

export function SelectField<T extends FieldValues>(props: SelectFieldProps<T>) {
  const { form, name, label, hint, required, testId, disabled, options, placeholder } = props;
  const id = useId();
  const { t } = useI18n();
  const error = useFieldError(form, name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      hintId={hintId}
      error={error}
      errorId={errorId}
      required={required}
    >
      <select
        id={id}
        className="input"
        data-testid={testId ?? name}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint, hintId, error, errorId)}
        disabled={disabled}
        {...form.register(name)}
      >
        {placeholder && <option value="">{t('field.choose')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export type CheckboxGroupProps<T extends FieldValues> = FieldBaseProps<T> & { options: readonly Option[] };

/** A list of checkboxes bound to one array field (give it `[]` as its default value). */
export function CheckboxGroup<T extends FieldValues>(props: CheckboxGroupProps<T>) {
  const { form, name, label, hint, required, testId, disabled, options } = props;
  const id = useId();
  const error = useFieldError(form, name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={`field checkbox-group${error ? ' field-invalid' : ''}`}
      data-testid={testId ?? name}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hint, hintId, error, errorId)}
      disabled={disabled}
    >
      <legend className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </legend>
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              value={o.value}
              data-testid={`${testId ?? name}-${o.value}`}
              {...form.register(name)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}

/** The submit button: disabled and marked busy while the request is pending. */
export function SubmitButton({
  pending,
  children,
  disabled,
  testId = 'submit',
  className,
}: {
  pending: boolean;
  children: ReactNode;
  disabled?: boolean;
  testId?: string;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <button
      type="submit"
      className={['button', 'button-primary', className].filter(Boolean).join(' ')}
      disabled={pending || disabled}
      aria-busy={pending}
      data-testid={testId}
    >
      {pending ? t('action.working') : children}
    </button>
  );
}

import { applicantSignUpSchema, bureauAccountCreateSchema, bureauRoles } from '@talent/domain';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiFetch';
import { I18nProvider, LanguageSwitch } from '../i18n/I18nProvider';
import { applyServerErrors } from './applyServerErrors';
import { CheckboxGroup, PasswordField, TextField } from './fields';
import { useZodForm } from './useZodForm';

let exposed: ReturnType<typeof useZodForm<typeof applicantSignUpSchema>> | undefined;

function SignUpForm() {
  const form = useZodForm(applicantSignUpSchema, { defaultValues: { mobile: '', name: '', password: '' } });
  exposed = form;
  return (
    <form onSubmit={form.handleSubmit(() => {})} noValidate>
      <TextField form={form} name="mobile" label="mobile" />
      <TextField form={form} name="name" label="name" />
      <PasswordField form={form} name="password" label="password" />
      <button type="submit">go</button>
      <LanguageSwitch />
    </form>
  );
}

function renderForm() {
  return render(
    <I18nProvider initialLocale="zh-CN">
      <SignUpForm />
    </I18nProvider>,
  );
}

describe('form fields driven by the domain schema', () => {
  it('shows the translated zod message of the schema and re-translates on a language switch', async () => {
    renderForm();
    const mobile = screen.getByTestId('mobile');
    fireEvent.change(mobile, { target: { value: '1234' } });
    fireEvent.blur(mobile);
    await screen.findByText('请输入有效的11位手机号码');
    expect(mobile.getAttribute('aria-invalid')).toBe('true');
    // the error is tied to the input for screen readers
    const describedBy = mobile.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('请输入有效的11位手机号码');

    fireEvent.change(screen.getByTestId('language-switch'), { target: { value: 'en' } });
    expect(await screen.findByText('Enter a valid 11-digit mainland mobile number')).toBeTruthy();
  });

  it('clears the message once the value is valid', async () => {
    renderForm();
    const mobile = screen.getByTestId('mobile');
    fireEvent.change(mobile, { target: { value: '1234' } });
    fireEvent.blur(mobile);
    await screen.findByText('请输入有效的11位手机号码');
    fireEvent.change(mobile, { target: { value: '13800138000' } });
    await waitFor(() => expect(screen.queryByText('请输入有效的11位手机号码')).toBeNull());
    expect(mobile.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows each field its own message on submit', async () => {
    renderForm();
    fireEvent.change(screen.getByTestId('password'), { target: { value: 'short1' } });
    fireEvent.click(screen.getByText('go'));
    expect(await screen.findByText('密码至少8位')).toBeTruthy();
    expect(screen.getByText('姓名应为1至50个字符')).toBeTruthy();
  });
});

describe('applyServerErrors', () => {
  it('puts server field errors on the same fields, translated, and returns the unmatched ones', async () => {
    renderForm();
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'invalid',
      details: {
        fields: [
          { path: 'mobile', code: 'validation.mobile.invalid', message: 'server text' },
          { path: 'password', code: 'server.specific', message: 'Server says no' },
          { path: 'kind', code: 'validation.accountKind.invalid', message: 'bad kind' },
        ],
      },
    });
    let result: ReturnType<typeof applyServerErrors> | undefined;
    act(() => {
      if (!exposed) throw new Error('form not rendered');
      result = applyServerErrors(exposed, error);
    });
    expect(result?.applied).toBe(2);
    expect(result?.unmatched.map((i) => i.path)).toEqual(['kind']);
    expect(await screen.findByText('请输入有效的11位手机号码')).toBeTruthy();
    // an unknown code falls back to the server's own message
    expect(screen.getByText('Server says no')).toBeTruthy();
    expect(screen.getByTestId('mobile').getAttribute('aria-invalid')).toBe('true');
  });

  it('maps an issue on a list element (roles.0) onto the list field', async () => {
    let form: ReturnType<typeof useZodForm<typeof bureauAccountCreateSchema>> | undefined;
    function RolesForm() {
      const f = useZodForm(bureauAccountCreateSchema, {
        defaultValues: { username: '', name: '', roles: [], password: '' },
      });
      form = f;
      return (
        <CheckboxGroup
          form={f}
          name="roles"
          label="roles"
          options={bureauRoles.map((r) => ({ value: r, label: r }))}
        />
      );
    }
    render(
      <I18nProvider initialLocale="en">
        <RolesForm />
      </I18nProvider>,
    );
    act(() => {
      if (!form) throw new Error('form not rendered');
      applyServerErrors(form, [{ path: 'roles.0', code: 'validation.role.invalid', message: 'x' }]);
    });
    expect(await screen.findByText('Not a valid role')).toBeTruthy();
  });
});

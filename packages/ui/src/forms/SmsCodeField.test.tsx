import { passwordResetSchema } from '@talent/domain';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { apiError, jsonResponse } from '../test/utils';
import { TextField } from './fields';
import { SmsCodeField } from './SmsCodeField';
import { useZodForm } from './useZodForm';

function ResetForm() {
  const form = useZodForm(passwordResetSchema, {
    defaultValues: { kind: 'applicant', mobile: '', code: '', password: '' },
  });
  return (
    <form noValidate>
      <TextField form={form} name="mobile" label="mobile" />
      <SmsCodeField form={form} name="code" mobileName="mobile" purpose="password_reset" kind="applicant" />
    </form>
  );
}

function renderForm(answer: () => Response) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetchMock);
  render(
    <I18nProvider initialLocale="zh-CN">
      <ResetForm />
    </I18nProvider>,
  );
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('SmsCodeField', () => {
  it('checks the mobile before asking for a code', async () => {
    const fetchMock = renderForm(() => jsonResponse(202, { message: '验证码已发送' }));
    fireEvent.change(screen.getByTestId('mobile'), { target: { value: '123' } });
    fireEvent.click(screen.getByTestId('send-code'));
    await screen.findByText('请输入有效的11位手机号码');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks for the code of the mobile typed above, then counts a minute down before a resend', async () => {
    const fetchMock = renderForm(() => jsonResponse(202, { message: '验证码已发送' }));
    fireEvent.change(screen.getByTestId('mobile'), { target: { value: '138 0013 8000' } });
    fireEvent.click(screen.getByTestId('send-code'));
    await screen.findByTestId('code-sent');
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      purpose: 'password_reset',
      kind: 'applicant',
      mobile: '138 0013 8000', // the API normalises it as sign-in does
    });
    const button = screen.getByTestId('send-code');
    expect(button.textContent).toMatch(/^(60|59) 秒后重新获取$/);
    expect(button.hasAttribute('disabled')).toBe(true);
  });

  it('waits as long as the API says when it is asked too often', async () => {
    renderForm(() => apiError(429, 'rate_limited', { retryAfterSeconds: 240 }));
    fireEvent.change(screen.getByTestId('mobile'), { target: { value: '13800138000' } });
    fireEvent.click(screen.getByTestId('send-code'));
    expect((await screen.findByTestId('code-error')).textContent).toContain('请在 4 分钟后重试');
    await waitFor(() =>
      expect(screen.getByTestId('send-code').textContent).toMatch(/^(240|239) 秒后重新获取$/),
    );
  });
});

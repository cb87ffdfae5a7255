import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { ApiError } from './apiFetch';
import { apiErrorText, fieldIssueText } from './errorText';

const zh = (key: string, params?: Readonly<Record<string, string | number>>) =>
  translate('zh-CN', key, params);

describe('apiErrorText', () => {
  it("prefers the API's own wording for the case", () => {
    const error = new ApiError({ status: 409, code: 'conflict', message: '该手机号已注册,请直接登录' });
    expect(apiErrorText(error, zh)).toBe('该手机号已注册,请直接登录');
  });

  it('falls back to the catalogue text of the code', () => {
    expect(apiErrorText(new ApiError({ status: 403, code: 'forbidden', message: 'forbidden' }), zh)).toBe(
      '您无权执行此操作',
    );
    expect(apiErrorText(new ApiError({ status: 0, code: 'network', message: 'Failed to fetch' }), zh)).toBe(
      '网络连接失败,请检查网络后重试',
    );
    expect(
      apiErrorText(new ApiError({ status: 502, code: 'unexpected', message: 'HTTP 502' }), zh),
    ).toContain('502');
  });

  it('translates known field codes and keeps the server text for others', () => {
    expect(fieldIssueText({ path: 'mobile', code: 'validation.mobile.invalid', message: 'x' }, zh)).toBe(
      '请输入有效的11位手机号码',
    );
    expect(fieldIssueText({ path: 'p', code: 'api.only', message: '当前密码不正确' }, zh)).toBe(
      '当前密码不正确',
    );
  });
});

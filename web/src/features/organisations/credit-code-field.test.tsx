// @vitest-environment happy-dom
import { Form, type FormInstance } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n, type Language } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { CreditCodeFormItem, normalizeCreditCode } from './credit-code-field.tsx';

const VALID = '91510104MA6CXXXX1X';

function checkCharacterFor(first17: string): string {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((total, ch, i) => total + charset.indexOf(ch) * (weights[i] ?? 0), 0);
  return charset[(31 - (sum % 31)) % 31] ?? '';
}

const validCode = VALID.slice(0, 17) + checkCharacterFor(VALID.slice(0, 17));
const wrongCheck = validCode.slice(0, 17) + (validCode[17] === '0' ? '1' : '0');

let form: FormInstance | undefined;
let view: Rendered | undefined;

function Harness() {
  const [instance] = Form.useForm();
  form = instance;
  return (
    <I18nextProvider i18n={i18n}>
      <Form form={instance}>
        <CreditCodeFormItem />
      </Form>
    </I18nextProvider>
  );
}

async function errorFor(value: string, language: Language): Promise<string> {
  await i18n.changeLanguage(language);
  view = await render(<Harness />);
  await act(async () => {
    form?.setFieldsValue({ creditCode: value });
    await form?.validateFields().catch(() => undefined);
  });
  // The message list animates in; give it a moment before reading what the user sees.
  for (let attempt = 0; attempt < 20; attempt++) {
    await flush(25);
    if (view.container.querySelector('.ant-form-item-explain-error')) break;
  }
  const errors = view.container.querySelectorAll('.ant-form-item-explain-error');
  return [...errors].map((node) => node.textContent ?? '').join(' | ');
}

describe('credit code field', () => {
  beforeEach(() => {
    form = undefined;
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
  });

  it('accepts a code whose check character matches GB 32100', async () => {
    expect(await errorFor(validCode, 'zh-CN')).toBe('');
  });

  it.each([
    ['zh-CN', '', '请输入统一社会信用代码'],
    ['zh-CN', '91510104MA6C', '统一社会信用代码应为 18 位'],
    ['zh-CN', '91510104MA6CXXXXIO', '统一社会信用代码只能包含数字和大写字母，且不含 I、O、Z、S、V'],
    ['zh-CN', wrongCheck, '统一社会信用代码校验位不正确，请核对后重新输入'],
    ['en', '', 'Enter the unified social credit code'],
    ['en', '91510104MA6C', 'The credit code must be exactly 18 characters'],
    ['en', '91510104MA6CXXXXIO', 'The credit code may contain only digits and capital letters other than I, O, Z, S and V'],
    ['en', wrongCheck, 'The check character of the credit code is wrong. Please check the code'],
  ] as const)('in %s explains why %j is rejected', async (language, value, message) => {
    expect(await errorFor(value, language)).toBe(message);
  });

  it('upper-cases and strips spaces before validating', () => {
    expect(normalizeCreditCode(' 91510104 ma6c ')).toBe('91510104MA6C');
  });
});

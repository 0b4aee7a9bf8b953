import { Form, Input, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { explainCreditCode } from '../../../../core/organisations/credit-code.ts';

const MESSAGE_KEYS = {
  length: 'enterprise.validation.creditCodeLength',
  charset: 'enterprise.validation.creditCodeCharset',
  check: 'enterprise.validation.creditCodeCheck',
} as const;

/** Rules for 统一社会信用代码 (GB 32100-2015): one specific message per kind of mistake. */
export function creditCodeRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('enterprise.validation.creditCodeRequired') },
    {
      validator: async (_rule, value: unknown) => {
        if (typeof value !== 'string' || value === '') return;
        const problem = explainCreditCode(value);
        if (problem) throw new Error(t(MESSAGE_KEYS[problem]));
      },
    },
  ];
}

/** Codes are printed in capitals; accept lower case and stray spaces from copy-paste. */
export function normalizeCreditCode(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value;
}

export function CreditCodeFormItem({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="creditCode"
      label={t('enterprise.fields.creditCode')}
      rules={creditCodeRules(t)}
      normalize={normalizeCreditCode}
      extra={disabled ? undefined : t('enterprise.form.creditCodeHelp')}
      validateFirst
    >
      <Input
        disabled={disabled}
        placeholder={t('enterprise.form.creditCodePlaceholder')}
        count={{ show: !disabled, max: 18 }}
        autoComplete="off"
        spellCheck={false}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
      />
    </Form.Item>
  );
}

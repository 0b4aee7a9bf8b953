import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { IndustryTreeSelect, RegionTreeSelect } from './classification-selects.tsx';
import { CreditCodeFormItem } from './credit-code-field.tsx';
import type { EnterpriseInput } from './enterprise.types.ts';
import { fieldErrorsFrom, type EnterpriseFormValues } from './enterprise-form-values.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';

interface EnterpriseFormProps {
  initialValues: EnterpriseFormValues;
  /** `all`, or the fields this user may change; the others are shown disabled. */
  editable: readonly (keyof EnterpriseInput)[] | 'all';
  submitText: string;
  onSubmit: (values: EnterpriseFormValues) => Promise<void>;
  onCancel: () => void;
}

function rangeRule(min: number, max: number, message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === null || value === undefined || value === '') return;
      if (typeof value !== 'number' || value < min || value > max) throw new Error(message);
    },
  };
}

function pairRule(other: 'lng' | 'lat', t: TFunction): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const otherValue: unknown = getFieldValue(['location', other]);
      const has = (v: unknown) => v !== null && v !== undefined && v !== '';
      if (has(otherValue) && !has(value)) throw new Error(t('enterprise.validation.locationPair'));
    },
  });
}

export function EnterpriseForm({ initialValues, editable, submitText, onSubmit, onCancel }: EnterpriseFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [saving, setSaving] = useState(false);
  const done = useRef(false);
  const locked = (field: keyof EnterpriseInput) => editable !== 'all' && !editable.includes(field);

  useUnsavedChangesGuard(() => !done.current && form.isFieldsTouched());

  const onFinish = async (values: EnterpriseFormValues) => {
    setSaving(true);
    try {
      done.current = true;
      await onSubmit(values);
    } catch (error) {
      done.current = false;
      if (isApiError(error, 'CONFLICT')) {
        form.setFields([{ name: 'creditCode', errors: [t('enterprise.validation.creditCodeDuplicate')] }]);
        form.scrollToField('creditCode');
      } else if (isApiError(error) && error.details.length > 0) {
        const { fields, unmatched } = fieldErrorsFrom(error.details, (detail) => fieldErrorText(t, detail));
        form.setFields(fields);
        if (fields[0]) form.scrollToField(fields[0].name);
        void message.error(unmatched.length > 0 ? unmatched.join('; ') : t('errors.VALIDATION_FAILED'));
      } else {
        void message.error(apiErrorText(t, error));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<EnterpriseFormValues>
      form={form}
      name="enterprise"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
      disabled={saving}
    >
      <Flex vertical gap={16}>
        {editable !== 'all' && <Alert type="info" showIcon title={t('enterprise.form.ownerHint')} />}
        <Card title={t('enterprise.form.basicSection')}>
          <Row gutter={24}>
            <Col xs={24} lg={12}>
              <Form.Item
                name="name"
                label={t('enterprise.fields.name')}
                rules={[
                  { required: true, whitespace: true, message: t('enterprise.validation.nameRequired') },
                  { max: 100, message: t('enterprise.validation.nameTooLong') },
                ]}
              >
                <Input disabled={locked('name')} placeholder={t('enterprise.form.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <CreditCodeFormItem disabled={locked('creditCode')} />
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="industryCode"
                label={t('enterprise.fields.industry')}
                rules={[{ required: true, message: t('enterprise.validation.industryRequired') }]}
              >
                <IndustryTreeSelect disabled={locked('industryCode')} placeholder={t('enterprise.form.industryPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="regionCode"
                label={t('enterprise.fields.region')}
                rules={[{ required: true, message: t('enterprise.validation.regionRequired') }]}
              >
                <RegionTreeSelect
                  districtOrStreet
                  disabled={locked('regionCode')}
                  placeholder={t('enterprise.form.regionPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="employees"
                label={t('enterprise.fields.employees')}
                rules={[
                  { required: true, message: t('enterprise.validation.employeesRequired') },
                  {
                    validator: async (_rule, value: unknown) => {
                      if (value === null || value === undefined) return;
                      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
                        throw new Error(t('enterprise.validation.employeesInteger'));
                      }
                    },
                  },
                ]}
              >
                <InputNumber disabled={locked('employees')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('enterprise.form.locationSection')}>
          <Row gutter={24}>
            <Col span={24}>
              <Form.Item
                name="address"
                label={t('enterprise.fields.address')}
                rules={[
                  { required: true, whitespace: true, message: t('enterprise.validation.addressRequired') },
                  { max: 200, message: t('enterprise.validation.addressTooLong') },
                ]}
              >
                <Input disabled={locked('address')} placeholder={t('enterprise.form.addressPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name={['location', 'lng']}
                label={t('enterprise.fields.lng')}
                rules={[rangeRule(73, 136, t('enterprise.validation.lngRange')), pairRule('lat', t)]}
                extra={t('enterprise.form.locationHelp')}
              >
                <InputNumber disabled={locked('location')} placeholder={t('enterprise.form.lngPlaceholder')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name={['location', 'lat']}
                label={t('enterprise.fields.lat')}
                rules={[rangeRule(3, 54, t('enterprise.validation.latRange')), pairRule('lng', t)]}
              >
                <InputNumber disabled={locked('location')} placeholder={t('enterprise.form.latPlaceholder')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card styles={{ body: { padding: '12px 24px' } }} style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onCancel} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {submitText}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { apiFieldErrors } from './api-field-errors.ts';
import { EvaluationFields, scoreValuesOf, type ScoreValues } from './evaluation-fields.tsx';
import { cityToday } from '../../../../core/hazards/plan-window.ts';
import { CONTROL_LEVELS, FACTOR_CLASSES, MEASURE_KINDS, nextReviewDate, OBJECT_KINDS, type RiskPoint, type RiskPointCreate } from './risk.types.ts';

export interface RiskPointFormValues extends Omit<RiskPointCreate, 'evaluation' | 'reviewDate' | 'enterpriseId'>, ScoreValues {
  enterpriseId?: string;
  reviewDate?: Dayjs;
}

/** A registered point as the form's values (no review date: reviews move it). */
export function toFormValues(p: RiskPoint): RiskPointFormValues {
  return {
    name: p.name,
    location: p.location,
    objectKind: p.objectKind,
    object: p.object,
    hazardFactors: p.hazardFactors,
    controlMeasures: p.controlMeasures,
    controlLevel: p.controlLevel,
    responsiblePerson: p.responsiblePerson,
    ...scoreValuesOf(p.evaluation),
  };
}

export const newRiskPointValues = (enterpriseId: string | undefined): RiskPointFormValues =>
  ({
    enterpriseId,
    method: 'lec',
    objectKind: 'equipment',
    hazardFactors: [{ class: 'physical', description: '' }],
    controlMeasures: [{ kind: 'engineering', content: '' }],
    controlLevel: 'team',
    // The first review falls due by the same rule as after a review (core/risks/risk-review.ts).
    reviewDate: dayjs(nextReviewDate(cityToday(new Date()))),
  }) as RiskPointFormValues;

interface RiskPointFormProps {
  initialValues: RiskPointFormValues;
  /** Create: the enterprise (for a user who has several) and the first review date; edit: neither. */
  mode: 'create' | 'edit';
  showEnterprise?: boolean;
  submitText: string;
  submitting: boolean;
  /** Resolves when saved; an API error's details are shown on their fields. */
  onSubmit: (values: RiskPointFormValues) => Promise<void>;
  /** Under the submit button, e.g. a note on the review date. */
  footer?: ReactNode;
}

/** The risk point's fields, its evaluation with the live grade, control measures and control level. */
export function RiskPointForm({ initialValues, mode, showEnterprise = false, submitText, submitting, onSubmit, footer }: RiskPointFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RiskPointFormValues>();

  const onFinish = async (v: RiskPointFormValues) => {
    try {
      await onSubmit(v);
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) {
        form.setFields(apiFieldErrors(t, error.details) as Parameters<typeof form.setFields>[0]);
      }
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <Form<RiskPointFormValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={initialValues} scrollToFirstError>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card size="small" style={{ marginBottom: 16 }}>
            {showEnterprise && (
              <Form.Item name="enterpriseId" label={t('risks.fields.enterprise')} rules={[{ required: true }]}>
                <EnterpriseSelect />
              </Form.Item>
            )}
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="name" label={t('risks.fields.name')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="location" label={t('risks.fields.location')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="objectKind" label={t('risks.fields.objectKind')}>
                  <Select options={OBJECT_KINDS.map((k) => ({ value: k, label: t(`risks.objectKind.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="object" label={t('risks.fields.object')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('risks.fields.hazardFactors')} style={{ marginBottom: 16 }}>
            <Form.List name="hazardFactors">
              {(fields, { add, remove }) => (
                <Flex vertical>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="start">
                      <Form.Item name={[field.name, 'class']} style={{ width: 140 }} aria-label={t('risks.fields.factorClass')}>
                        <Select options={FACTOR_CLASSES.map((c) => ({ value: c, label: t(`risks.factorClass.${c}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'description']} style={{ flex: 1 }} rules={[{ required: true, whitespace: true }]}>
                        <Input placeholder={t('risks.fields.factorDescription')} maxLength={500} />
                      </Form.Item>
                      {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />}
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ class: 'physical', description: '' })} style={{ alignSelf: 'start' }}>
                    {t('risks.addFactor')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
          <Card size="small" title={t('risks.fields.controlMeasures')} style={{ marginBottom: 16 }}>
            <Form.List name="controlMeasures">
              {(fields, { add, remove }) => (
                <Flex vertical>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="start" wrap>
                      <Form.Item name={[field.name, 'kind']} style={{ width: 120 }}>
                        <Select options={MEASURE_KINDS.map((k) => ({ value: k, label: t(`risks.measureKind.${k}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'content']} style={{ flex: 2, minWidth: 200 }} rules={[{ required: true, whitespace: true }]}>
                        <Input placeholder={t('risks.fields.measureContent')} maxLength={500} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'checkItem']} style={{ flex: 2, minWidth: 200 }} normalize={(v: string) => v || undefined}>
                        <Input placeholder={t('risks.fields.checkItem')} maxLength={500} />
                      </Form.Item>
                      {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />}
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'management', content: '' })} style={{ alignSelf: 'start' }}>
                    {t('risks.addMeasure')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('risks.fields.method')} style={{ marginBottom: 16 }}>
            <EvaluationFields form={form} onSuggestControlLevel={(level) => form.setFieldValue('controlLevel', level)} />
          </Card>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Form.Item name="controlLevel" label={t('risks.fields.controlLevel')}>
              <Select options={CONTROL_LEVELS.map((c) => ({ value: c, label: t(`risks.controlLevel.${c}`) }))} />
            </Form.Item>
            <Form.Item name="responsiblePerson" label={t('risks.fields.responsiblePerson')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={50} />
            </Form.Item>
            {mode === 'create' && (
              <Form.Item name="reviewDate" label={t('risks.fields.reviewDate')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Card>
          <Button type="primary" htmlType="submit" loading={submitting} block>
            {submitText}
          </Button>
          {footer}
        </Col>
      </Row>
    </Form>
  );
}

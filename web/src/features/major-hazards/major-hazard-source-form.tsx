import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';
import { Alert, App, AutoComplete, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { apiFieldErrors } from '../risks/api-field-errors.ts';
import { AssessmentSteps } from './assessment-steps.tsx';
import { CATEGORY_SYMBOLS, GUARANTOR_ROLES, TABLE1, type AssessInput, type MajorHazardSource, type MajorHazardSourceCreate, type SubstanceInput } from './major-hazard.types.ts';
import { useAssessment } from './use-major-hazards.query.ts';

export interface SubstanceRow {
  name?: string;
  cas?: string;
  /** One Table 2 symbol, or several (the lowest Q and highest β apply). */
  category?: string | string[];
  row?: number;
  quantityTonnes?: number | null;
}
export interface SourceFormValues extends Omit<MajorHazardSourceCreate, 'substances' | 'sensorCodes' | 'enterpriseId'> {
  enterpriseId?: string;
  substances: SubstanceRow[];
  sensorCodes?: string;
}

const NAMES = TABLE1.flatMap((r) => [r.name, ...r.aliases]).map((value) => ({ value }));

/** The rows that are filled in, as the API takes them; undefined until one is complete. */
export function assessInputOf(exposedPopulation: number | null | undefined, rows: SubstanceRow[] | undefined): AssessInput | undefined {
  if (exposedPopulation === null || exposedPopulation === undefined || !rows) return undefined;
  const substances: SubstanceInput[] = rows
    .map((r) => ({ ...r, category: categoryOf(r.category) }))
    .filter((r) => (r.name?.trim() || r.cas?.trim() || r.category) && typeof r.quantityTonnes === 'number' && r.quantityTonnes > 0)
    .map((r) => ({
      ...(r.name?.trim() ? { name: r.name.trim() } : {}),
      ...(r.cas?.trim() ? { cas: r.cas.trim() } : {}),
      ...(r.row !== undefined ? { row: r.row } : {}),
      ...(r.category ? { category: r.category } : {}),
      quantityTonnes: r.quantityTonnes as number,
    }));
  return substances.length > 0 ? { exposedPopulation, substances } : undefined;
}

/** A category as the API takes it: none, one symbol, or several. */
function categoryOf(c: string | string[] | undefined): string | string[] | undefined {
  if (!Array.isArray(c)) return c || undefined;
  if (c.length === 0) return undefined;
  return c.length === 1 ? c[0] : c;
}

/** The sensor codes as typed: separated by commas (either width) or spaces. */
export const sensorCodesOf = (text: string | undefined) => (text ?? '').split(/[,，\s]+/).filter(Boolean);

/** A registered source as the form's values. */
export function toSourceFormValues(s: MajorHazardSource): SourceFormValues {
  const names = Object.fromEntries(s.guarantors.map((g) => [g.role, { name: g.name }])) as SourceFormValues['guarantors'];
  return {
    name: s.name,
    unitKind: s.unitKind,
    exposedPopulation: s.exposedPopulation,
    substances: s.substances.map((x) => ({ ...x })),
    guarantors: names,
    sensorCodes: s.sensorCodes.join(', '),
  };
}

interface SourceFormProps {
  initialValues: Partial<SourceFormValues>;
  showEnterprise?: boolean;
  submitText: string;
  submitting: boolean;
  /** Resolves when saved; an API error's details are shown on their fields. */
  onSubmit: (values: SourceFormValues, assessed: AssessInput) => Promise<void>;
  /** Above the steps, e.g. what saving an edit does. */
  notes?: ReactNode;
}

/** A unit's substances and quantities with the GB 18218 assessment step by step as they are entered. */
export function MajorHazardSourceForm({ initialValues, showEnterprise = false, submitText, submitting, onSubmit, notes }: SourceFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SourceFormValues>();
  const exposed = Form.useWatch('exposedPopulation', form);
  const rows = Form.useWatch('substances', form);
  const input = useMemo(() => assessInputOf(exposed, rows), [exposed, rows]);
  const assessment = useAssessment(input);

  const onFinish = async (v: SourceFormValues) => {
    const assessed = assessInputOf(v.exposedPopulation, v.substances);
    if (!assessed) return;
    try {
      await onSubmit(v, assessed);
    } catch (error) {
      if (isApiError(error)) form.setFields(apiFieldErrors(t, error.details) as Parameters<typeof form.setFields>[0]);
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <Form<SourceFormValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={initialValues}>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" style={{ marginBottom: 16 }}>
            {showEnterprise && (
              <Form.Item name="enterpriseId" label={t('majorHazards.fields.enterprise')} rules={[{ required: true }]}>
                <EnterpriseSelect />
              </Form.Item>
            )}
            <Form.Item name="name" label={t('majorHazards.fields.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="unitKind" label={t('majorHazards.fields.unitKind')}>
              <Radio.Group optionType="button" options={(['storage', 'production'] as const).map((k) => ({ value: k, label: t(`majorHazards.unitKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="exposedPopulation" label={t('majorHazards.fields.exposedPopulation')} extra={t('majorHazards.exposedHint')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={0} style={{ width: 200 }} />
            </Form.Item>
          </Card>
          <Card size="small" title={t('majorHazards.fields.substances')} style={{ marginBottom: 16 }}>
            <Form.List name="substances">
              {(fields, { add, remove }) => (
                <Flex vertical>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={6} align="start" wrap>
                      <Form.Item name={[field.name, 'name']} style={{ flex: 2, minWidth: 140 }}>
                        <AutoComplete
                          options={NAMES}
                          aria-label={t('majorHazards.fields.substanceName')}
                          placeholder={t('majorHazards.fields.substanceName')}
                          filterOption={(text, o) => String(o?.value).includes(text)}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'cas']} style={{ width: 110 }}>
                        <Input placeholder="CAS" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'category']} style={{ width: 100 }}>
                        <Select
                          mode="multiple"
                          maxTagCount="responsive"
                          allowClear
                          placeholder={t('majorHazards.fields.category')}
                          options={CATEGORY_SYMBOLS.map((c) => ({ value: c, label: c }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'quantityTonnes']} style={{ width: 120 }}>
                        <InputNumber min={0} placeholder={t('majorHazards.fields.quantity')} style={{ width: '100%' }} />
                      </Form.Item>
                      {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />}
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'start' }}>
                    {t('majorHazards.addSubstance')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
          <Card size="small" title={t('majorHazards.fields.guarantors')} style={{ marginBottom: 16 }}>
            {GUARANTOR_ROLES.map((role) => (
              <Form.Item key={role} name={['guarantors', role, 'name']} label={t(`majorHazards.guarantor.${role}`)} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={50} />
              </Form.Item>
            ))}
            <Form.Item name="sensorCodes" label={t('majorHazards.fields.sensorCodes')}>
              <Input placeholder="CL2-001, LT-101" />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {notes}
          <Card size="small" title={t('majorHazards.steps.title')} style={{ marginBottom: 16 }}>
            {assessment.isError ? (
              <Alert
                type="error"
                showIcon
                title={apiErrorText(t, assessment.error)}
                description={isApiError(assessment.error) ? assessment.error.details.map((d) => <div key={d.path}>{fieldErrorText(t, d)}</div>) : undefined}
              />
            ) : assessment.data && input ? (
              <AssessmentSteps assessment={assessment.data} />
            ) : (
              <div style={{ color: '#999' }}>{t('majorHazards.steps.hint')}</div>
            )}
          </Card>
          <Button type="primary" htmlType="submit" loading={submitting} block disabled={!assessment.data || assessment.isError}>
            {submitText}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { apiFieldErrors } from '../risks/api-field-errors.ts';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { AssessmentSteps } from './assessment-steps.tsx';
import { CATEGORY_SYMBOLS, TABLE1, type AssessInput, type MajorHazardSourceCreate, type SubstanceInput } from './major-hazard.types.ts';
import { useAssessment, useCreateMajorHazardSource } from './use-major-hazards.query.ts';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';

interface SubstanceRow {
  name?: string;
  cas?: string;
  category?: string;
  quantityTonnes?: number | null;
}
interface FormValues extends Omit<MajorHazardSourceCreate, 'substances' | 'sensorCodes'> {
  substances: SubstanceRow[];
  sensorCodes?: string;
}

const NAMES = TABLE1.flatMap((r) => [r.name, ...r.aliases]).map((value) => ({ value }));

/** The rows that are filled in, as the API takes them; undefined until one is complete. */
export function assessInputOf(exposedPopulation: number | null | undefined, rows: SubstanceRow[] | undefined): AssessInput | undefined {
  if (exposedPopulation === null || exposedPopulation === undefined || !rows) return undefined;
  const substances: SubstanceInput[] = rows
    .filter((r) => (r.name?.trim() || r.cas?.trim() || r.category) && typeof r.quantityTonnes === 'number' && r.quantityTonnes > 0)
    .map((r) => ({
      ...(r.name?.trim() ? { name: r.name.trim() } : {}),
      ...(r.cas?.trim() ? { cas: r.cas.trim() } : {}),
      ...(r.category ? { category: r.category } : {}),
      quantityTonnes: r.quantityTonnes as number,
    }));
  return substances.length > 0 ? { exposedPopulation, substances } : undefined;
}

/** Registers a unit: the GB 18218 assessment shows step by step as substances and quantities are entered. */
export function MajorHazardAssessPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const [params] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const exposed = Form.useWatch('exposedPopulation', form);
  const rows = Form.useWatch('substances', form);
  const input = useMemo(() => assessInputOf(exposed, rows), [exposed, rows]);
  const assessment = useAssessment(input);
  const create = useCreateMajorHazardSource();

  const onFinish = async (v: FormValues) => {
    const assessed = assessInputOf(v.exposedPopulation, v.substances);
    if (!assessed) return;
    try {
      await create.mutateAsync({
        ...v,
        // An officer's form has no enterprise field (antd leaves unmounted fields out of the values): it is theirs.
        enterpriseId: v.enterpriseId ?? user.enterpriseId ?? '',
        substances: assessed.substances,
        sensorCodes: (v.sensorCodes ?? '').split(/[,，\s]+/).filter(Boolean),
      });
      void message.success(t('majorHazards.saved'));
      navigate('/major-hazard-sources');
    } catch (error) {
      if (isApiError(error)) form.setFields(apiFieldErrors(t, error.details) as Parameters<typeof form.setFields>[0]);
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <PageContainer title={t('majorHazards.create')} subtitle={t('majorHazards.createSubtitle')}>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ enterpriseId: user.enterpriseId ?? params.get('enterpriseId') ?? undefined, unitKind: 'storage', exposedPopulation: 0, substances: [{}] }}
      >
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card size="small" style={{ marginBottom: 16 }}>
              {user.role !== 'enterprise' && (
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
                          <AutoComplete options={NAMES} aria-label={t('majorHazards.fields.substanceName')} placeholder={t('majorHazards.fields.substanceName')} filterOption={(text, o) => String(o?.value).includes(text)} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'cas']} style={{ width: 120 }}>
                          <Input placeholder="CAS" />
                        </Form.Item>
                        <Form.Item name={[field.name, 'category']} style={{ width: 100 }}>
                          <Select allowClear placeholder={t('majorHazards.fields.category')} options={CATEGORY_SYMBOLS.map((c) => ({ value: c, label: c }))} />
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
              {(['principal', 'technical', 'operational'] as const).map((role) => (
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
            <Card size="small" title={t('majorHazards.steps.title')} style={{ marginBottom: 16 }}>
              {assessment.isError ? (
                <Alert
                  type="error"
                  showIcon
                  title={apiErrorText(t, assessment.error)}
                  description={isApiError(assessment.error) ? assessment.error.details.map((d) => <div key={d.path}>{d.path}: {fieldErrorText(t, d)}</div>) : undefined}
                />
              ) : assessment.data && input ? (
                <AssessmentSteps assessment={assessment.data} />
              ) : (
                <div style={{ color: '#999' }}>{t('majorHazards.steps.hint')}</div>
              )}
            </Card>
            <Button type="primary" htmlType="submit" loading={create.isPending} block disabled={!assessment.data || assessment.isError}>
              {t('majorHazards.create')}
            </Button>
          </Col>
        </Row>
      </Form>
    </PageContainer>
  );
}

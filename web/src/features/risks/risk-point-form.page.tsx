import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { apiFieldErrors } from './api-field-errors.ts';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { RiskLevelTag } from './risk-level-tag.tsx';
import {
  CONTROL_LEVELS,
  FACTOR_CLASSES,
  LEVEL_HEX,
  MEASURE_KINDS,
  OBJECT_KINDS,
  SCORES,
  SUGGESTED_CONTROL_LEVEL,
  type RiskEvaluationInput,
  type RiskPointCreate,
} from './risk.types.ts';
import { useCreateRiskPoint, useRiskEvaluation } from './use-risks.query.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

interface FormValues extends Omit<RiskPointCreate, 'evaluation' | 'reviewDate'> {
  method: 'lec' | 'ls';
  l?: number;
  e?: number;
  c?: number;
  s?: number;
  reviewDate: Dayjs;
}

/** The scores on the form as an evaluation, once every score of the method is chosen. */
export function evaluationOf(v: Partial<Pick<FormValues, 'method' | 'l' | 'e' | 'c' | 's'>>): RiskEvaluationInput | undefined {
  if (v.method === 'lec' && v.l !== undefined && v.e !== undefined && v.c !== undefined) return { method: 'lec', l: v.l, e: v.e, c: v.c };
  if (v.method === 'ls' && v.l !== undefined && v.s !== undefined) return { method: 'ls', l: v.l, s: v.s };
  return undefined;
}

const options = (scores: readonly number[]) => scores.map((s) => ({ value: s, label: String(s) }));

/** Registers a risk point; the score, level and colour show live as the scores are chosen. */
export function RiskPointFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const [params] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const method = Form.useWatch('method', form) ?? 'lec';
  const scores = { method, l: Form.useWatch('l', form), e: Form.useWatch('e', form), c: Form.useWatch('c', form), s: Form.useWatch('s', form) };
  const evaluation = useRiskEvaluation(evaluationOf(scores));
  const create = useCreateRiskPoint();
  const result = evaluationOf(scores) ? evaluation.data : undefined;

  const onFinish = async (v: FormValues) => {
    const { method: _m, l: _l, e: _e, c: _c, s: _s, reviewDate, ...rest } = v;
    const input = evaluationOf(v);
    if (!input) return;
    try {
      // An officer's form has no enterprise field (antd leaves unmounted fields out of the values): it is theirs.
      await create.mutateAsync({ ...rest, enterpriseId: rest.enterpriseId ?? user.enterpriseId ?? '', evaluation: input, reviewDate: reviewDate.format('YYYY-MM-DD') });
      void message.success(t('risks.saved'));
      navigate(user.role === 'enterprise' ? '/risks' : `/risks?enterpriseId=${v.enterpriseId ?? ''}`);
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) {
        form.setFields(apiFieldErrors(t, error.details) as Parameters<typeof form.setFields>[0]);
      }
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <PageContainer title={t('risks.create')}>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          enterpriseId: user.enterpriseId ?? params.get('enterpriseId') ?? undefined,
          method: 'lec',
          objectKind: 'equipment',
          hazardFactors: [{ class: 'physical', description: '' }],
          controlMeasures: [{ kind: 'engineering', content: '' }],
          controlLevel: 'team',
          reviewDate: dayjs().add(1, 'year'),
        }}
        onValuesChange={(changed) => {
          if ('method' in changed) form.setFieldsValue({ l: undefined, e: undefined, c: undefined, s: undefined });
        }}
      >
        <Row gutter={16}>
          <Col xs={24} lg={16}>
            <Card size="small" style={{ marginBottom: 16 }}>
              {user.role !== 'enterprise' && (
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
              <Form.Item name="method">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'lec', label: 'LEC' },
                    { value: 'ls', label: 'LS' },
                  ]}
                />
              </Form.Item>
              <Typography.Text type="secondary">{t(`risks.method.${method}`)}</Typography.Text>
              {method === 'lec' ? (
                <>
                  <Form.Item name="l" label={t('risks.score.lecL')} rules={[{ required: true }]}>
                    <Select options={options(SCORES.lecL)} />
                  </Form.Item>
                  <Form.Item name="e" label={t('risks.score.lecE')} rules={[{ required: true }]}>
                    <Select options={options(SCORES.lecE)} />
                  </Form.Item>
                  <Form.Item name="c" label={t('risks.score.lecC')} rules={[{ required: true }]}>
                    <Select options={options(SCORES.lecC)} />
                  </Form.Item>
                </>
              ) : (
                <>
                  <Form.Item name="l" label={t('risks.score.lsL')} rules={[{ required: true }]}>
                    <Select options={options(SCORES.ls)} />
                  </Form.Item>
                  <Form.Item name="s" label={t('risks.score.lsS')} rules={[{ required: true }]}>
                    <Select options={options(SCORES.ls)} />
                  </Form.Item>
                </>
              )}
              <div
                data-testid="live-evaluation"
                style={{ borderLeft: `8px solid ${result ? LEVEL_HEX[result.level] : '#d9d9d9'}`, padding: '8px 12px', background: '#fafafa' }}
              >
                <Typography.Text type="secondary">{t('risks.live')}</Typography.Text>
                {result ? (
                  <Flex gap={16} align="center" wrap>
                    <Statistic title={t('risks.fields.score')} value={result.score} />
                    {result.band && <Statistic title={t('risks.fields.band')} value={t(`risks.band.${result.band}` as 'risks.band.1')} />}
                    <RiskLevelTag level={result.level} />
                    <Button size="small" type="link" onClick={() => form.setFieldValue('controlLevel', SUGGESTED_CONTROL_LEVEL[result.level])}>
                      {t('risks.fields.controlLevel')}: {t(`risks.controlLevel.${SUGGESTED_CONTROL_LEVEL[result.level]}`)}
                    </Button>
                  </Flex>
                ) : (
                  <div style={{ color: '#999' }}>{t('risks.liveHint')}</div>
                )}
              </div>
            </Card>
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="controlLevel" label={t('risks.fields.controlLevel')}>
                <Select options={CONTROL_LEVELS.map((c) => ({ value: c, label: t(`risks.controlLevel.${c}`) }))} />
              </Form.Item>
              <Form.Item name="responsiblePerson" label={t('risks.fields.responsiblePerson')} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="reviewDate" label={t('risks.fields.reviewDate')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Card>
            <Button type="primary" htmlType="submit" loading={create.isPending} block>
              {t('risks.create')}
            </Button>
          </Col>
        </Row>
      </Form>
    </PageContainer>
  );
}

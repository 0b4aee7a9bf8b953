import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { PhotoUploadField, photoIdsOf, photoRules, type PhotoFile } from '../hazards/photo-upload-field.tsx';
import { MEASURE_KINDS } from './inspection.types.ts';
import { useCreateInspection } from './use-inspections.query.ts';

interface FindingValues {
  checkItem: string;
  description: string;
  location: string;
  grade: 'general' | 'major';
  standard: string;
  article?: string;
  deadline?: Dayjs | null;
  photos?: PhotoFile[];
}

interface InspectionValues {
  enterpriseId: string;
  place: string;
  startedAt: Dayjs;
  endedAt: Dayjs;
  summary?: string;
  participants: { side: 'officer' | 'enterprise' | 'expert'; name: string; title?: string; certificateNo?: string }[];
  findings: FindingValues[];
  measures: { kind: (typeof MEASURE_KINDS)[number]; scope: string; liftingConditions?: string }[];
}

export function InspectionCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const drawId = params.get('drawId') ?? undefined;
  const create = useCreateInspection('/inspections');
  const [form] = Form.useForm<InspectionValues>();
  const required = [{ required: true, message: t('inspections.form.required') }];

  const submit = async (v: InspectionValues) => {
    const created = await create.mutateAsync({
      enterpriseId: v.enterpriseId,
      ...(drawId ? { drawId } : {}),
      place: v.place,
      startedAt: v.startedAt.toISOString(),
      endedAt: v.endedAt.toISOString(),
      summary: v.summary ?? '',
      participants: v.participants.map((p) => ({ side: p.side, name: p.name, ...(p.title ? { title: p.title } : {}), ...(p.certificateNo ? { certificateNo: p.certificateNo } : {}) })),
      findings: (v.findings ?? []).map((f) => ({
        checkItem: f.checkItem,
        description: f.description,
        location: f.location,
        grade: f.grade,
        legalBasis: { standard: f.standard, ...(f.article ? { article: f.article } : {}) },
        deadline: f.deadline ? f.deadline.format('YYYY-MM-DD') : null,
        photoIds: photoIdsOf(f.photos),
      })),
      measures: (v.measures ?? []).map((m) => ({ kind: m.kind, scope: m.scope, liftingConditions: m.liftingConditions ?? '' })),
    });
    void message.success(t('inspections.form.created'));
    void navigate(`/inspections/${created.id}`);
  };

  const now = dayjs().second(0).millisecond(0);
  return (
    <PageContainer title={t('inspections.form.title')}>
      <Form<InspectionValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        // Enter confirms a picker or a tag, never submits this long form half filled (one click saves it).
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
        initialValues={{
          enterpriseId: params.get('enterpriseId') ?? undefined,
          startedAt: now.subtract(2, 'hour'),
          endedAt: now,
          participants: [{ side: 'officer' }, { side: 'officer' }, { side: 'enterprise' }],
          findings: [{ grade: 'general' }],
          measures: [],
        }}
      >
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="enterpriseId" label={t('inspections.fields.enterprise')} rules={required}>
                <EnterpriseSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="place" label={t('inspections.fields.place')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="startedAt" label={t('inspections.fields.startedAt')} rules={required}>
                <DateTimePicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="endedAt" label={t('inspections.fields.endedAt')} rules={required}>
                <DateTimePicker />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="summary" label={t('inspections.fields.summary')}>
                <Input.TextArea rows={2} maxLength={5000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('inspections.fields.participants')} extra={<Typography.Text type="secondary">{t('inspections.form.officerHint')}</Typography.Text>} style={{ marginBottom: 16 }}>
          <Form.List name="participants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="baseline" data-testid="participant-row">
                    <Form.Item name={[field.name, 'side']} rules={required} style={{ width: 190 }}>
                      <Select options={(['officer', 'enterprise', 'expert'] as const).map((s) => ({ value: s, label: t(`inspections.sides.${s}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']} rules={required} style={{ width: 140 }}>
                      <Input placeholder={t('inspections.fields.name')} maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'title']} style={{ width: 140 }}>
                      <Input placeholder={t('inspections.fields.title')} maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'certificateNo']} style={{ width: 180 }}>
                      <Input placeholder={t('inspections.fields.certificateNo')} maxLength={50} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="remove" />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ side: 'officer' })}>{t('inspections.form.addParticipant')}</Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={t('inspections.fields.findings')} extra={<Typography.Text type="secondary">{t('inspections.form.findingHint')}</Typography.Text>} style={{ marginBottom: 16 }}>
          <Form.List name="findings">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((field, i) => (
                  <Card key={field.key} size="small" type="inner" title={`${i + 1}`} extra={<MinusCircleOutlined onClick={() => remove(field.name)} />} data-testid="finding-card">
                    <Row gutter={16}>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'checkItem']} label={t('inspections.fields.checkItem')} rules={required}>
                          <Input maxLength={500} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'location']} label={t('inspections.fields.location')} rules={required}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col span={24}>
                        <Form.Item name={[field.name, 'description']} label={t('inspections.fields.description')} rules={required}>
                          <Input.TextArea rows={2} maxLength={5000} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={10}>
                        <Form.Item name={[field.name, 'standard']} label={t('inspections.fields.standard')} rules={required}>
                          <Input maxLength={200} placeholder="《中华人民共和国安全生产法》" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[field.name, 'article']} label={t('inspections.fields.article')}>
                          <Input maxLength={50} placeholder="第三十六条" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[field.name, 'grade']} label={t('inspections.fields.grade')} rules={required}>
                          <Select options={(['general', 'major'] as const).map((g) => ({ value: g, label: t(`inspections.grades.${g}`) }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={6}>
                        <Form.Item name={[field.name, 'deadline']} label={t('inspections.fields.deadline')} extra={t('inspections.fields.deadlineHint')}>
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={24}>
                        <Form.Item name={[field.name, 'photos']} label={t('inspections.fields.photos')} valuePropName="value" rules={photoRules(t)}>
                          <PhotoUploadField />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ grade: 'general' })}>{t('inspections.form.addFinding')}</Button>
              </Space>
            )}
          </Form.List>
        </Card>

        <Card title={t('inspections.fields.measures')} style={{ marginBottom: 16 }}>
          <Form.List name="measures">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="baseline">
                    <Form.Item name={[field.name, 'kind']} rules={required} style={{ width: 180 }}>
                      <Select options={MEASURE_KINDS.map((k) => ({ value: k, label: t(`inspections.measureKinds.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'scope']} rules={required} style={{ width: 260 }}>
                      <Input placeholder={t('inspections.fields.scope')} maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'liftingConditions']} style={{ width: 260 }}>
                      <Input placeholder={t('inspections.fields.liftingConditions')} maxLength={2000} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'immediate_elimination' })}>{t('inspections.form.addMeasure')}</Button>
              </>
            )}
          </Form.List>
        </Card>
        {create.isError && <QueryErrorAlert error={create.error} />}
        <Button type="primary" htmlType="submit" size="large" loading={create.isPending} data-testid="inspection-submit">{t('inspections.form.submit')}</Button>
      </Form>
    </PageContainer>
  );
}

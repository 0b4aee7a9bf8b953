import { MinusCircleOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors } from '../../app/use-server-field-errors.ts';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { cityWallClock, toCityDateTime } from '../hazards/hazard-time.ts';
import { PhotoUploadField, photoIdsOf, photoRules, type PhotoFile } from '../hazards/photo-upload-field.tsx';
import { useEnterprise } from '../organisations/use-enterprise.query.ts';
import { MEASURE_KINDS, type Draw } from './inspection.types.ts';
import { inspectionFieldErrors } from './inspection-form-errors.ts';
import { formatTime } from './inspection-list.tsx';
import { useCreateInspection, useDraw } from './use-inspections.query.ts';
import './inspections.texts.ts';

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

interface ParticipantValues {
  side: 'officer' | 'enterprise' | 'expert';
  userId?: string;
  name: string;
  title?: string;
  certificateNo?: string;
}

interface InspectionValues {
  enterpriseId: string;
  place: string;
  startedAt: Dayjs;
  endedAt: Dayjs;
  summary?: string;
  participants: ParticipantValues[];
  officerChangeReason?: string;
  findings: FindingValues[];
  measures: { kind: (typeof MEASURE_KINDS)[number]; scope: string; liftingConditions?: string }[];
}

const drawnParticipants = (draw: Draw): ParticipantValues[] => draw.inspectors.map((o) => ({ side: 'officer', userId: o.id, name: o.name }));

/**
 * Whether the officers differ from those the draw picked (the server's rule, server/inspections: one missing, one
 * added, or one named without an account): then a reason is required.
 */
export function officersDiffer(draw: Pick<Draw, 'inspectors'>, participants: readonly Partial<ParticipantValues>[] | undefined): boolean {
  const officers = (participants ?? []).filter((p) => p?.side === 'officer');
  return officers.length !== draw.inspectors.length || !draw.inspectors.every((o) => officers.some((p) => p.userId === o.id));
}

/** 现场检查: from a drawn enterprise (the draw's enterprise and officers carried over) or on its own. */
export function InspectionCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const drawId = params.get('drawId') ?? undefined;
  const draw = useDraw(drawId);
  if (drawId && draw.isError) return <QueryErrorAlert error={draw.error} onRetry={() => void draw.refetch()} />;
  if (drawId && !draw.data) {
    return (
      <PageContainer title={t('inspections.form.title')}>
        <Card><Skeleton active /><Typography.Text type="secondary">{t('inspections.form.drawLoading')}</Typography.Text></Card>
      </PageContainer>
    );
  }
  return <InspectionForm draw={draw.data} enterpriseId={params.get('enterpriseId') ?? undefined} />;
}

function InspectionForm({ draw, enterpriseId }: { draw: Draw | undefined; enterpriseId: string | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateInspection('/inspections');
  const [form] = Form.useForm<InspectionValues>();
  const failure = useServerFieldErrors(form, inspectionFieldErrors(t));
  const required = [{ required: true, message: t('inspections.form.required') }];
  // An enterprise named by the link shows by its name, never as an id.
  const linked = useEnterprise(!draw && enterpriseId ? enterpriseId : undefined);
  const participants = Form.useWatch('participants', form);
  const differ = draw ? officersDiffer(draw, participants) : false;

  const initialValues = useMemo(() => {
    // Pickers hold the city's wall clock (Asia/Shanghai), whatever the browser's zone (hazards/hazard-time.ts).
    const now = cityWallClock().second(0).millisecond(0);
    return {
      enterpriseId: draw && !draw.enterprises.some((e) => e.id === enterpriseId) ? undefined : enterpriseId,
      startedAt: now.subtract(2, 'hour'),
      endedAt: now,
      participants: draw ? [...drawnParticipants(draw), { side: 'enterprise' }] : [{ side: 'officer' }, { side: 'officer' }, { side: 'enterprise' }],
      findings: [{ grade: 'general' }],
      measures: [],
    };
    // Once, from the link: later changes are the officer's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (v: InspectionValues) => {
    failure.clear();
    try {
      const created = await create.mutateAsync({
        enterpriseId: v.enterpriseId,
        ...(draw ? { drawId: draw.id } : {}),
        place: v.place,
        startedAt: toCityDateTime(v.startedAt),
        endedAt: toCityDateTime(v.endedAt),
        summary: v.summary ?? '',
        participants: v.participants.map((p) => ({
          side: p.side,
          name: p.name,
          ...(p.userId ? { userId: p.userId } : {}),
          ...(p.title ? { title: p.title } : {}),
          ...(p.certificateNo ? { certificateNo: p.certificateNo } : {}),
        })),
        ...(differ && v.officerChangeReason ? { officerChangeReason: v.officerChangeReason } : {}),
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
    } catch (error) {
      failure.report(error);
    }
  };

  const restoreDrawn = () => {
    if (!draw) return;
    const others = (form.getFieldValue('participants') as ParticipantValues[] | undefined ?? []).filter((p) => p?.side !== 'officer');
    form.setFieldValue('participants', [...drawnParticipants(draw), ...others]);
  };

  return (
    <PageContainer title={t('inspections.form.title')}>
      <Form<InspectionValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        scrollToFirstError={{ block: 'center' }}
        // Enter confirms a picker or a tag, never submits this long form half filled (one click saves it).
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
        initialValues={initialValues}
      >
        {draw && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="from-draw"
            title={
              <Link to={`/inspections?tab=draws&draw=${draw.id}`}>
                {t('inspections.form.fromDraw', { number: draw.number, date: formatTime(draw.createdAt) })}
              </Link>
            }
            description={t('inspections.form.fromDrawText')}
          />
        )}
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="enterpriseId" label={t('inspections.fields.enterprise')} rules={required}>
                {draw ? (
                  <Select options={draw.enterprises.map((e) => ({ value: e.id, label: e.name }))} data-testid="drawn-enterprise-select" />
                ) : (
                  <EnterpriseSelect known={linked.data ? { value: linked.data.id, label: linked.data.name } : undefined} />
                )}
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

        <Card
          title={t('inspections.fields.participants')}
          extra={<Typography.Text type="secondary">{t('inspections.form.officerHint')}</Typography.Text>}
          style={{ marginBottom: 16 }}
        >
          <Form.List name="participants">
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field) => {
                  const drawn = Boolean(form.getFieldValue(['participants', field.name, 'userId']));
                  return (
                    <Flex key={field.key} gap={8} wrap align="baseline" data-testid="participant-row" data-drawn={drawn || undefined}>
                      <Form.Item name={[field.name, 'userId']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item name={[field.name, 'side']} rules={required} style={{ width: 190 }}>
                        <Select disabled={drawn} options={(['officer', 'enterprise', 'expert'] as const).map((s) => ({ value: s, label: t(`inspections.sides.${s}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'name']} rules={required} style={{ width: drawn ? 240 : 140 }}>
                        <Input placeholder={t('inspections.fields.name')} maxLength={50} readOnly={drawn} variant={drawn ? 'filled' : undefined} suffix={drawn ? <Tag color="blue" style={{ marginInlineEnd: 0 }}>{t('inspections.form.drawnOfficer')}</Tag> : undefined} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'title']} style={{ width: 140 }}>
                        <Input placeholder={t('inspections.fields.title')} maxLength={50} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'certificateNo']} style={{ width: 180 }}>
                        <Input placeholder={t('inspections.fields.certificateNo')} maxLength={50} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="remove" />
                    </Flex>
                  );
                })}
                <Form.ErrorList errors={errors} />
                <Space wrap style={{ marginTop: 8 }}>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ side: 'officer' })}>{t('inspections.form.addParticipant')}</Button>
                  {draw && differ && <Button icon={<UndoOutlined />} onClick={restoreDrawn}>{t('inspections.form.restoreDrawn')}</Button>}
                </Space>
              </>
            )}
          </Form.List>
          {draw && differ && (
            <Form.Item
              name="officerChangeReason"
              label={t('inspections.fields.officerChangeReason')}
              extra={`${t('inspections.form.officerChangeHint')} · ${t('inspections.form.drawnOfficers', { names: draw.inspectors.map((o) => o.name).join('、') })}`}
              rules={[{ required: true, whitespace: true, message: t('inspections.serverErrors.officerChangeReason') }]}
              style={{ marginTop: 16, marginBottom: 0 }}
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="officer-change-reason" />
            </Form.Item>
          )}
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
        <SubmitErrorAlert state={failure.state} />
        <Button type="primary" htmlType="submit" size="large" loading={create.isPending} data-testid="inspection-submit">{t('inspections.form.submit')}</Button>
      </Form>
    </PageContainer>
  );
}

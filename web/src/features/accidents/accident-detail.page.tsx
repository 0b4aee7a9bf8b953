import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Steps, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { cityWallClock, formatCityTime, toCityDateTime } from '../hazards/hazard-time.ts';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import type { AccidentDetail, AccidentRevision } from './accident.types.ts';
import { AccidentFlagTags, AccidentGradeTag } from './accident-tags.tsx';
import { AccidentRegulatorCard } from './accident-regulator-card.tsx';
import { useAccident, useReviseAccident } from './use-accidents.query.ts';

interface ReviseValues {
  deaths?: number;
  missing?: number;
  seriousInjuries?: number;
  directLossYuan?: number;
  at: Dayjs;
  reason?: string;
}

function ReviseModal({ accident, open, onClose }: { accident: AccidentDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviseValues>();
  const revise = useReviseAccident(accident.id);
  const submit = (v: ReviseValues) =>
    revise.mutate(
      { deaths: v.deaths, missing: v.missing, seriousInjuries: v.seriousInjuries, directLossYuan: v.directLossYuan, at: toCityDateTime(v.at), ...(v.reason ? { reason: v.reason } : {}) },
      {
        onSuccess: () => {
          void message.success(t('accidents.revised'));
          onClose();
        },
        onError: (error) => showSubmitError(error, form, [['deaths'], ['missing'], ['seriousInjuries'], ['directLossYuan'], ['at'], ['reason']], { t, notify: (text) => void message.error(text) }),
      },
    );
  return (
    <Modal open={open} title={t('accidents.reviseTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={revise.isPending} destroyOnHidden>
      <Form<ReviseValues> form={form} layout="vertical" onFinish={submit} initialValues={{ deaths: accident.deaths, missing: accident.missing, seriousInjuries: accident.seriousInjuries, directLossYuan: accident.directLossYuan, at: cityWallClock() }}>
        <Flex gap={12} wrap>
          {(['deaths', 'missing', 'seriousInjuries', 'directLossYuan'] as const).map((name) => (
            <Form.Item key={name} name={name} label={t(`accidents.fields.${name}`)} style={{ width: name === 'directLossYuan' ? 200 : 110 }}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item name="at" label={t('accidents.reviseAt')} rules={[{ required: true }]}>
          <DateTimePicker />
        </Form.Item>
        <Form.Item name="reason" label={t('accidents.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AccidentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const accident = useAccident(id);
  const districtName = useDistrictName();
  const [revising, setRevising] = useState(false);
  if (accident.isError) return <QueryErrorAlert error={accident.error} onRetry={() => void accident.refetch()} />;
  const a = accident.data;
  if (!a) return <Card loading />;
  const now = Date.now();
  const inv = a.investigation;

  const revisionColumns = [
    { title: t('accidents.reviseAt'), dataIndex: 'at', render: (v: string) => formatCityTime(v) },
    { title: t('accidents.before'), dataIndex: 'before', render: (v: AccidentRevision['before']) => `${v.deaths} / ${v.missing} / ${v.seriousInjuries} / ${v.directLossYuan.toLocaleString()}` },
    { title: t('accidents.after'), dataIndex: 'after', render: (v: AccidentRevision['after']) => `${v.deaths} / ${v.missing} / ${v.seriousInjuries} / ${v.directLossYuan.toLocaleString()}` },
    { title: t('accidents.gradeChange'), key: 'grade', render: (_: unknown, r: AccidentRevision) => <Flex gap={4} align="center"><AccidentGradeTag grade={r.gradeFrom} />→<AccidentGradeTag grade={r.gradeTo} /></Flex> },
    { title: t('accidents.reason'), dataIndex: 'reason', render: (v: string | null, r: AccidentRevision) => <>{v}{r.outsideSupplementaryWindow && <Tag color="warning" style={{ marginLeft: 4 }}>{t('accidents.outsideWindow')}</Tag>}</> },
    { title: t('accidents.recordedBy'), dataIndex: 'by' },
  ];

  return (
    <PageContainer
      title={a.enterpriseName ?? a.description.slice(0, 30)}
      documentTitle={t('accidents.title')}
      tags={<><AccidentGradeTag grade={a.grade} /><AccidentFlagTags late={a.lateReport} concealed={!!a.concealed} falseReport={!!a.falseReport} /></>}
      extra={can(user, 'accidents.report') && <Button type="primary" onClick={() => setRevising(true)}>{t('accidents.revise')}</Button>}
    >
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label={t('accidents.fields.grade')}><AccidentGradeTag grade={a.grade} /></Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.occurredAt')}>{formatCityTime(a.occurredAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.knownAt')}>{formatCityTime(a.knownAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.region')}>{districtName(a.regionCode) ?? a.regionCode}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.category')}>{t(`accidents.category.${a.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.industry')}>{a.industryCode}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.deaths')}>{a.deaths}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.missing')}>{a.missing}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.seriousInjuries')}>{a.seriousInjuries}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.minorInjuries')}>{a.minorInjuries}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.directLossYuan')}>{a.directLossYuan.toLocaleString()}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.window')}>{formatCityTime(a.supplementaryWindowEndsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.description')} span={3}>{a.description}</Descriptions.Item>
          {a.concealed && <Descriptions.Item label={t('accidents.concealed')} span={3}>{a.concealed.evidence}（{a.concealed.by}）</Descriptions.Item>}
          {a.falseReport && <Descriptions.Item label={t('accidents.falseReport')} span={3}>{a.falseReport.evidence}（{a.falseReport.by}）</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('accidents.reporting')} size="small">
        <Steps
          size="small"
          responsive
          current={a.reporting.chain.length}
          items={a.reporting.chain.map((s) => ({
            title: `${t(`accidents.level.${s.from}`)} → ${t(`accidents.level.${s.to}`)}`,
            description: `${t('accidents.due')} ${formatCityTime(s.dueAt)}`,
            status: new Date(s.dueAt).getTime() < now ? 'finish' : 'process',
          }))}
          aria-label={t('accidents.reporting')}
        />
        <Typography.Text type="secondary">{t('accidents.unitDeadline')}: {formatCityTime(a.reporting.unitDeadline)}</Typography.Text>
      </Card>
      <Card title={t('accidents.investigation')} size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('accidents.authorityLabel')}>{t(`accidents.authority.${inv.authority}`)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.reportDue')}>
            {formatCityTime(inv.reportDueAt)} {inv.extendedByDays ? <Tag>{t('accidents.extended', { days: inv.extendedByDays })}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('accidents.replyDue')}>{inv.replyDueAt ? formatCityTime(inv.replyDueAt) : t('accidents.notSubmitted')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('accidents.revisions')} size="small">
        <Table<AccidentRevision> rowKey="id" size="small" columns={revisionColumns} dataSource={a.revisions} pagination={false} scroll={{ x: 800 }} locale={{ emptyText: t('accidents.noRevisions') }} />
      </Card>
      {can(user, 'accidents.investigate') && <AccidentRegulatorCard accident={a} />}
      {revising && <ReviseModal accident={a} open={revising} onClose={() => setRevising(false)} />}
    </PageContainer>
  );
}

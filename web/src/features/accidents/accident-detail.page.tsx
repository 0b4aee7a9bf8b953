import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
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
import { formatWanYuan, wanToYuan } from '../../../../core/shared/money.ts';
import { IndustryName } from '../organisations/industry-name.tsx';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import './accident-screens.texts.ts';
import { AccidentChainCard } from './accident-chain.tsx';
import type { AccidentDetail, AccidentRevision } from './accident.types.ts';
import { AccidentFlagTags, AccidentGradeTag } from './accident-tags.tsx';
import { AccidentRegulatorCard } from './accident-regulator-card.tsx';
import { accidentRecordPdfUrl, useAccident, useReviseAccident } from './use-accidents.query.ts';

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
      {
        deaths: v.deaths,
        missing: v.missing,
        seriousInjuries: v.seriousInjuries,
        directLossYuan: v.directLossYuan === undefined ? undefined : wanToYuan(v.directLossYuan),
        at: toCityDateTime(v.at),
        ...(v.reason ? { reason: v.reason } : {}),
      },
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
      <Form<ReviseValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ deaths: accident.deaths, missing: accident.missing, seriousInjuries: accident.seriousInjuries, directLossYuan: accident.directLossYuan / 10_000, at: cityWallClock() }}
      >
        <Flex gap={12} wrap>
          {(['deaths', 'missing', 'seriousInjuries'] as const).map((name) => (
            <Form.Item key={name} name={name} label={t(`accidents.fields.${name}`)} style={{ width: 110 }}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
          <Form.Item name="directLossYuan" label={t('accidents.fields.directLossYuan')} style={{ width: 200 }}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
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

/** "死亡 1 · 下落不明 0 · 重伤 2 · 120 万元": a revision's figures in words. */
function figuresText(t: TFunction, language: string, f: AccidentRevision['before']): string {
  return [
    `${t('accidents.fields.deaths')} ${f.deaths}`,
    `${t('accidents.fields.missing')} ${f.missing}`,
    `${t('accidents.fields.seriousInjuries')} ${f.seriousInjuries}`,
    `${formatWanYuan(f.directLossYuan, language)} ${t('accidentScreens.wan')}`,
  ].join(' · ');
}

export function AccidentDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const accident = useAccident(id);
  const districtName = useDistrictName();
  const [revising, setRevising] = useState(false);
  if (accident.isError) return <QueryErrorAlert error={accident.error} onRetry={() => void accident.refetch()} />;
  const a = accident.data;
  if (!a) return <Card loading />;
  const inv = a.investigation;
  const name = a.enterpriseName ?? a.description.slice(0, 30);

  const revisionColumns = [
    { title: t('accidents.reviseAt'), dataIndex: 'at', width: 140, render: (v: string) => formatCityTime(v) },
    { title: t('accidents.before'), dataIndex: 'before', render: (v: AccidentRevision['before']) => figuresText(t, i18n.language, v) },
    { title: t('accidents.after'), dataIndex: 'after', render: (v: AccidentRevision['after']) => figuresText(t, i18n.language, v) },
    { title: t('accidents.gradeChange'), key: 'grade', width: 150, render: (_: unknown, r: AccidentRevision) => <Flex gap={4} align="center"><AccidentGradeTag grade={r.gradeFrom} />→<AccidentGradeTag grade={r.gradeTo} /></Flex> },
    { title: t('accidents.reason'), dataIndex: 'reason', render: (v: string | null, r: AccidentRevision) => <>{v}{r.outsideSupplementaryWindow && <Tag color="warning" style={{ marginLeft: 4 }}>{t('accidents.outsideWindow')}</Tag>}</> },
    { title: t('accidents.recordedBy'), dataIndex: 'by', width: 100 },
  ];

  return (
    <PageContainer
      title={name}
      documentTitle={`${a.number} ${name}`}
      subtitle={`${t('accidentScreens.number')} ${a.number}`}
      tags={<><AccidentGradeTag grade={a.grade} /><AccidentFlagTags late={a.lateReport} concealed={!!a.concealed} falseReport={!!a.falseReport} /></>}
      extra={
        <>
          <Button icon={<PrinterOutlined />} href={accidentRecordPdfUrl(a.id)} target="_blank" rel="noopener">
            {t('accidentScreens.print')}
          </Button>
          {can(user, 'accidents.report') && <Button type="primary" onClick={() => setRevising(true)}>{t('accidents.revise')}</Button>}
        </>
      }
    >
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label={t('accidentScreens.number')}>{a.number}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.grade')}><AccidentGradeTag grade={a.grade} /></Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.category')}>{t(`accidents.category.${a.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.occurredAt')}>{formatCityTime(a.occurredAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.knownAt')}>{formatCityTime(a.knownAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.reportedAt')}>{formatCityTime(a.reportedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.region')}>{districtName(a.regionCode) ?? a.regionCode}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.industry')} span={2}><IndustryName code={a.industryCode} withCode /></Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.deaths')}>{a.deaths}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.missing')}>{a.missing}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.seriousInjuries')}>{a.seriousInjuries}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.minorInjuries')}>{a.minorInjuries}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.directLossYuan')}>{formatWanYuan(a.directLossYuan, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.window')}>{formatCityTime(a.supplementaryWindowEndsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('accidents.fields.description')} span={3}>{a.description}</Descriptions.Item>
          {a.concealed && <Descriptions.Item label={t('accidents.concealed')} span={3}>{a.concealed.evidence}（{a.concealed.by}）</Descriptions.Item>}
          {a.falseReport && <Descriptions.Item label={t('accidents.falseReport')} span={3}>{a.falseReport.evidence}（{a.falseReport.by}）</Descriptions.Item>}
        </Descriptions>
      </Card>
      <AccidentChainCard accident={a} />
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
        <Table<AccidentRevision> rowKey="id" size="small" columns={revisionColumns} dataSource={a.revisions} pagination={false} scroll={{ x: 900 }} locale={{ emptyText: t('accidents.noRevisions') }} />
      </Card>
      {can(user, 'accidents.investigate') && <AccidentRegulatorCard accident={a} />}
      {revising && <ReviseModal accident={a} open={revising} onClose={() => setRevising(false)} />}
    </PageContainer>
  );
}

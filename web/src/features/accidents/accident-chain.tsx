import { ClockCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { can } from '../../app/permissions.ts';
import { Alert, App, Button, Card, Flex, Form, Modal, Steps, Tag, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../app/auth-context.tsx';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { cityWallClock, formatCityTime, instantOfCityWallClock, toCityDateTime } from '../hazards/hazard-time.ts';
import './accident-screens.texts.ts';
import type { AccidentDetail, ReportingStepState, ReportingStepView } from './accident.types.ts';
import { useRecordChainReport } from './use-accidents.query.ts';

const STEP_STATUS: Record<ReportingStepState, 'finish' | 'error' | 'process' | 'wait'> = {
  reported: 'finish',
  late: 'finish',
  overdue: 'error',
  pending: 'process',
  unknown: 'wait',
};
const STATE_COLOR: Record<ReportingStepState, string> = { reported: 'success', late: 'warning', overdue: 'error', pending: 'processing', unknown: 'default' };

export function ChainStateTag({ state }: { state: ReportingStepState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 0 }} data-state={state}>
      {t(`accidentScreens.chain.state.${state}`)}
    </Tag>
  );
}

function RecordReportModal({ accident, step, onClose }: { accident: AccidentDetail; step: ReportingStepView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ at: Dayjs }>();
  const record = useRecordChainReport(accident.id);
  const at = Form.useWatch('at', form);
  const late = at ? instantOfCityWallClock(at).getTime() > new Date(step.dueAt).getTime() : false;
  const submit = (v: { at: Dayjs }) =>
    record.mutate(
      { to: step.to, at: toCityDateTime(v.at) },
      {
        onSuccess: () => {
          void message.success(t('accidentScreens.chain.recorded'));
          onClose();
        },
        onError: (error) => showSubmitError(error, form, [['at']], { t, notify: (text) => void message.error(text) }),
      },
    );
  return (
    <Modal
      open
      title={t('accidentScreens.chain.recordTitle', { from: t(`accidents.level.${step.from}`), to: t(`accidents.level.${step.to}`) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ at: cityWallClock() }}>
        <Form.Item name="at" label={t('accidentScreens.chain.at')} rules={[{ required: true }]} extra={late ? <Typography.Text type="warning">{t('accidentScreens.chain.lateHint', { time: formatCityTime(step.dueAt) })}</Typography.Text> : undefined}>
          <DateTimePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The reporting chain as it went: a step is ticked only when its report was made (with its time and who recorded
 * it), 迟报 on the step where it happened, a step past its deadline without a report is red. The next step's
 * report is recorded here by the regulators who made it (POST /accidents/{id}/reporting).
 */
export function AccidentChainCard({ accident }: { accident: AccidentDetail }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [recording, setRecording] = useState<ReportingStepView | null>(null);
  const chain = accident.reporting.chain;
  const canRecord = can(user, 'accidents.chain');
  const next = chain.findIndex((s, i) => i > 0 && !s.reportedAt && !!chain[i - 1]!.reportedAt);
  const firstOpen = chain.findIndex((s) => !s.reportedAt);
  const current = firstOpen === -1 ? chain.length : firstOpen;

  return (
    <Card title={t('accidentScreens.chain.title')} size="small" data-testid="reporting-chain">
      {chain.every((s) => s.state === 'unknown') && <Alert type="info" showIcon title={t('accidentScreens.chain.unknownNote')} style={{ marginBottom: 12 }} />}
      <Steps
        size="small"
        responsive
        current={current}
        aria-label={t('accidentScreens.chain.title')}
        items={chain.map((s, i) => ({
          title: `${t(`accidents.level.${s.from}`)} → ${t(`accidents.level.${s.to}`)}`,
          status: STEP_STATUS[s.state],
          content: (
            <Flex vertical gap={2} align="flex-start" data-step={s.to} style={{ fontSize: 12 }}>
              <ChainStateTag state={s.state} />
              <span>
                <ClockCircleOutlined /> {t('accidentScreens.chain.due', { time: formatCityTime(s.dueAt) })}{' '}
                <Tooltip title={t(i === 0 ? 'accidentScreens.chain.ruleUnit' : 'accidentScreens.chain.ruleHop')}>
                  <InfoCircleOutlined aria-label={t(i === 0 ? 'accidentScreens.chain.ruleUnit' : 'accidentScreens.chain.ruleHop')} />
                </Tooltip>
              </span>
              {s.reportedAt && <Typography.Text type={s.state === 'late' ? 'warning' : undefined}>{t('accidentScreens.chain.reportedAt', { time: formatCityTime(s.reportedAt) })}</Typography.Text>}
              {s.recordedBy && <Typography.Text type="secondary">{t('accidentScreens.chain.by', { name: s.recordedBy })}</Typography.Text>}
              {canRecord && i === next && (
                <Button size="small" type="primary" ghost onClick={() => setRecording(s)} style={{ marginTop: 4 }}>
                  {t('accidentScreens.chain.record')}
                </Button>
              )}
            </Flex>
          ),
        }))}
      />
      {recording && <RecordReportModal accident={accident} step={recording} onClose={() => setRecording(null)} />}
    </Card>
  );
}

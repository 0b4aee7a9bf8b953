import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { alarmText } from './alarm-text.ts';
import type { Alarm } from './monitoring.types.ts';
import { useAcknowledgeAlarm } from './use-monitoring.queries.ts';

interface AcknowledgeAlarmModalProps {
  alarm: Alarm | null;
  onClose: () => void;
}

/** Confirm dialog with a note: acknowledging records who knew, when, and what they did. */
export function AcknowledgeAlarmModal({ alarm, onClose }: AcknowledgeAlarmModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const acknowledge = useAcknowledgeAlarm();

  const submit = async () => {
    if (!alarm) return;
    const { note } = await form.validateFields();
    await acknowledge.mutateAsync({ id: alarm.id, note: note?.trim() ?? '' });
    void message.success(t('monitoring.acknowledge.done'));
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={alarm !== null}
      title={t('monitoring.acknowledge.title')}
      okText={t('monitoring.acknowledge.confirm')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        acknowledge.reset();
        onClose();
      }}
      confirmLoading={acknowledge.isPending}
      destroyOnHidden
    >
      {alarm && (
        <Typography.Paragraph>
          <Typography.Text strong>
            {alarm.enterpriseName} · {alarm.sensorName}
          </Typography.Text>
          <br />
          {alarmText(t, alarm)}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('monitoring.acknowledge.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('monitoring.acknowledge.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('monitoring.acknowledge.notePlaceholder')} />
        </Form.Item>
      </Form>
      {acknowledge.isError && <QueryErrorAlert error={acknowledge.error} />}
    </Modal>
  );
}

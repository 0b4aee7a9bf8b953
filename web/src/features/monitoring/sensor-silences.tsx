import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { Alert, App, Button, Card, Empty, Form, Grid, Input, Modal, Popconfirm, Radio, Table, Tag, Typography, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../app/auth-context.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import type { FieldPath } from '../hazards/hazard-form-errors.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import type { Sensor } from './monitoring.types.ts';
import { useSectionPage } from './section-page-params.ts';
import './sensor-admin.texts.ts';
import { canManageSensors } from './sensor-admin.policy.ts';
import { showSensorFormError } from './sensor-form-errors.ts';
import { SILENCE_DURATIONS, silenceUntil, type SilenceDuration } from './silence-values.ts';
import { useCancelSilence, useCreateSilence, useSilences, type Silence } from './use-sensor-admin.queries.ts';

const STATE_COLORS: Record<Silence['state'], string> = { in_force: 'purple', ended: 'default', cancelled: 'default' };
const NUM = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const FIELDS: readonly FieldPath[] = [['reason'], ['until']];

interface SilenceFormValues {
  reason: string;
  duration: SilenceDuration;
  until?: Dayjs | null;
}

function CreateSilenceModal({ sensor, open, onClose }: { sensor: Sensor; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SilenceFormValues>();
  const duration = Form.useWatch('duration', form) ?? '8h';
  const create = useCreateSilence(sensor.id);
  const submit = async () => {
    const values = await form.validateFields();
    const end = silenceUntil(values.duration, values.until, Date.now());
    if (!end.ok) {
      form.setFields([{ name: ['until'], errors: [t(`sensorAdmin.silences.${end.problem}`)] }]);
      return;
    }
    try {
      const silence = await create.mutateAsync({ reason: values.reason.trim(), until: end.until.toISOString() });
      void message.success(t('sensorAdmin.silences.created', { until: formatCityTime(silence.until) }));
      form.resetFields();
      onClose();
    } catch (error) {
      showSensorFormError(error, form, FIELDS, t, (text) => void message.error(text));
    }
  };
  return (
    <Modal
      open={open}
      title={t('sensorAdmin.silences.createTitle')}
      okText={t('sensorAdmin.silences.create')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('sensorAdmin.silences.intro')}</Typography.Paragraph>
      <Form<SilenceFormValues> form={form} layout="vertical" initialValues={{ duration: '8h' }} requiredMark="optional" preserve={false}>
        <Form.Item name="reason" label={t('sensorAdmin.silences.reason')} rules={[{ required: true, whitespace: true, message: t('sensorAdmin.silences.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('sensorAdmin.silences.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="duration" label={t('sensorAdmin.silences.duration')} required>
          <Radio.Group
            optionType="button"
            options={[
              ...SILENCE_DURATIONS.map((d) => ({ value: d.key, label: t(`sensorAdmin.silences.${d.unit}`, { count: d.count }) })),
              { value: 'custom', label: t('sensorAdmin.silences.custom') },
            ]}
          />
        </Form.Item>
        {duration === 'custom' && (
          <Form.Item name="until" label={t('sensorAdmin.silences.until')} extra={t('sensorAdmin.silences.untilHelp')} required>
            <DateTimePicker />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The sensor page's banner while a silence is in force: until when, why, and ending it early. */
export function SilenceBanner({ sensor }: { sensor: Sensor }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSessionUser();
  const silences = useSilences(sensor.id, 1, 10);
  const cancel = useCancelSilence(sensor.id);
  if (!sensor.silencedUntil) return null;
  const current = silences.data?.items.find((s) => s.state === 'in_force' && s.until === sensor.silencedUntil);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="silence-banner"
      title={t('sensorAdmin.silences.banner', { until: formatCityTime(sensor.silencedUntil) })}
      description={current ? t('sensorAdmin.silences.bannerText', { reason: current.reason }) : undefined}
      action={
        current &&
        canManageSensors(user, sensor.enterpriseId) && (
          <Popconfirm
            title={t('sensorAdmin.silences.cancelTitle')}
            description={t('sensorAdmin.silences.cancelText')}
            okText={t('sensorAdmin.silences.cancel')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              cancel.mutateAsync(current.id).then(
                () => void message.success(t('sensorAdmin.silences.cancelled')),
                (error: unknown) => void message.error(apiErrorText(t, error)),
              )
            }
          >
            <Button size="small" icon={<StopOutlined />}>
              {t('sensorAdmin.silences.cancel')}
            </Button>
          </Popconfirm>
        )
      }
    />
  );
}

/** A sensor's maintenance silences, in force and past, with setting one and cancelling one (confirmed). */
export function SensorSilencesCard({ sensor }: { sensor: Sensor }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSessionUser();
  const manage = canManageSensors(user, sensor.enterpriseId);
  const screens = Grid.useBreakpoint();
  const { page, pageSize, setPage, pageSizeOptions } = useSectionPage('silences');
  const silences = useSilences(sensor.id, page, pageSize);
  const cancel = useCancelSilence(sensor.id);
  const [creating, setCreating] = useState(false);

  const onCancel = async (silence: Silence) => {
    try {
      await cancel.mutateAsync(silence.id);
      void message.success(t('sensorAdmin.silences.cancelled'));
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };
  const columns: TableProps<Silence>['columns'] = [
    {
      title: t('sensorAdmin.silences.columns.state'),
      dataIndex: 'state',
      width: screens.sm === false ? 110 : 100,
      render: (state: Silence['state'], s) => (
        <span>
          <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>{t(`sensorAdmin.silences.states.${state}`)}</Tag>
          {/* A phone has no room for the end's own column. */}
          {screens.sm === false && <Typography.Text type="secondary" style={{ ...NUM, display: 'block', fontSize: 12 }}>{formatCityTime(s.cancelledAt ?? s.until)}</Typography.Text>}
        </span>
      ),
    },
    { title: t('sensorAdmin.silences.columns.reason'), dataIndex: 'reason', render: (reason: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{reason}</span> },
    { title: t('sensorAdmin.silences.columns.from'), dataIndex: 'createdAt', width: 150, responsive: ['sm'], render: (v: string) => <span style={NUM}>{formatCityTime(v)}</span> },
    {
      title: t('sensorAdmin.silences.columns.until'),
      key: 'until',
      width: 150,
      responsive: ['sm'],
      render: (_: unknown, s) => (
        <span style={NUM}>
          {s.cancelledAt ? <Typography.Text delete type="secondary">{formatCityTime(s.until)}</Typography.Text> : formatCityTime(s.until)}
          {s.cancelledAt && <Typography.Text type="secondary" style={{ display: 'block' }}>{formatCityTime(s.cancelledAt)}</Typography.Text>}
        </span>
      ),
    },
    {
      title: t('sensorAdmin.silences.columns.by'),
      key: 'by',
      width: 200,
      responsive: ['md'],
      render: (_: unknown, s) => (
        <span>
          {s.createdBy}
          {s.cancelledAt && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('sensorAdmin.silences.cancelledBy', { name: s.cancelledBy ?? '', time: formatCityTime(s.cancelledAt) })}
            </Typography.Text>
          )}
        </span>
      ),
    },
    ...(manage
      ? [
          {
            title: t('sensorAdmin.silences.columns.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, s: Silence) =>
              s.state === 'in_force' && (
                <Popconfirm
                  title={t('sensorAdmin.silences.cancelTitle')}
                  description={t('sensorAdmin.silences.cancelText')}
                  okText={t('sensorAdmin.silences.cancel')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onCancel(s)}
                >
                  <Button size="small" type="link" danger data-action="cancel-silence">
                    {t('sensorAdmin.silences.cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];
  const total = silences.data?.total ?? 0;
  return (
    <Card
      size="small"
      title={t('sensorAdmin.silences.title')}
      extra={
        manage && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('sensorAdmin.silences.create')}
          </Button>
        )
      }
      styles={{ body: { padding: '0 12px' } }}
    >
      {silences.isError && <QueryErrorAlert error={silences.error} onRetry={() => void silences.refetch()} />}
      <Table<Silence>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={silences.data?.items ?? []}
        loading={silences.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={manage ? t('sensorAdmin.silences.emptyManage') : t('sensorAdmin.silences.empty')} /> }}
        pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions, onChange: setPage, hideOnSinglePage: total <= 10, size: 'small' }}
      />
      <CreateSilenceModal sensor={sensor} open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

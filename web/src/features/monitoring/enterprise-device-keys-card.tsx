import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, Card, Empty, Form, Grid, Input, InputNumber, Modal, Popconfirm, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { FieldPath } from '../hazards/hazard-form-errors.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { DeviceKeyCreatedModal } from './device-key-created-modal.tsx';
import { useSectionPage } from './section-page-params.ts';
import './sensor-admin.texts.ts';
import { showSensorFormError } from './sensor-form-errors.ts';
import { useCreateDeviceKey, useDeviceKeys, useRevokeDeviceKey, type CreatedDeviceKey, type DeviceKey } from './use-sensor-admin.queries.ts';

const FIELDS: readonly FieldPath[] = [['name'], ['ratePerSec']];
const NUM = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface KeyFormValues {
  name: string;
  ratePerSec?: number | null;
}

function CreateDeviceKeyModal({ enterpriseId, open, onClose }: { enterpriseId: string; open: boolean; onClose: (created?: CreatedDeviceKey) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<KeyFormValues>();
  const create = useCreateDeviceKey();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const created = await create.mutateAsync({ enterpriseId, name: values.name.trim(), ...(values.ratePerSec ? { ratePerSec: values.ratePerSec } : {}) });
      form.resetFields();
      // The key lives only in the dialog that shows it once, not in the mutation's cache.
      create.reset();
      onClose(created);
    } catch (error) {
      showSensorFormError(error, form, FIELDS, t, (text) => void message.error(text));
    }
  };
  return (
    <Modal
      open={open}
      title={t('sensorAdmin.keys.createTitle')}
      okText={t('sensorAdmin.keys.create')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => onClose()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<KeyFormValues> form={form} layout="vertical" requiredMark="optional" preserve={false}>
        <Form.Item name="name" label={t('sensorAdmin.keys.name')} rules={[{ required: true, whitespace: true, message: t('sensorAdmin.keys.nameRequired') }, { max: 100 }]}>
          <Input maxLength={100} placeholder={t('sensorAdmin.keys.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="ratePerSec" label={t('sensorAdmin.keys.rate')} extra={t('sensorAdmin.keys.rateHelp')}>
          <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The enterprise's device keys: list with use, creation (the key shown once) and revocation with confirmation.
 * Shown only to the roles the server lets list keys (deviceKeyManagers).
 */
export function EnterpriseDeviceKeysCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { page, pageSize, setPage, pageSizeOptions } = useSectionPage('keys');
  const keys = useDeviceKeys(enterpriseId, page, pageSize);
  const revoke = useRevokeDeviceKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedDeviceKey | null>(null);

  const onRevoke = async (key: DeviceKey) => {
    try {
      await revoke.mutateAsync(key.id);
      void message.success(t('sensorAdmin.keys.revoked', { name: key.name }));
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };

  const columns: TableProps<DeviceKey>['columns'] = [
    { title: t('sensorAdmin.keys.columns.name'), dataIndex: 'name' },
    { title: t('sensorAdmin.keys.columns.createdAt'), dataIndex: 'createdAt', width: 160, responsive: ['md'], render: (v: string) => <span style={NUM}>{formatCityTime(v)}</span> },
    {
      title: t('sensorAdmin.keys.columns.lastSeenAt'),
      dataIndex: 'lastSeenAt',
      width: 160,
      responsive: ['sm'],
      render: (v: string | null) => (v ? <span style={NUM}>{formatCityTime(v)}</span> : <Typography.Text type="secondary">{t('sensorAdmin.keys.neverUsed')}</Typography.Text>),
    },
    { title: t('sensorAdmin.keys.columns.accepted'), key: 'accepted', width: 120, align: 'right', responsive: ['md'], render: (_: unknown, k) => <span style={NUM}>{k.counters.accepted.toLocaleString()}</span> },
    {
      title: t('sensorAdmin.keys.columns.status'),
      key: 'status',
      width: 190,
      render: (_: unknown, k) =>
        k.revokedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('sensorAdmin.keys.revokedAt', { time: formatCityTime(k.revokedAt) })}</Tag> : <Tag color="success" style={{ marginInlineEnd: 0 }}>{t('sensorAdmin.keys.active')}</Tag>,
    },
    {
      title: t('sensorAdmin.keys.columns.actions'),
      key: 'actions',
      width: 100,
      render: (_: unknown, k) =>
        k.revokedAt ? null : (
          <Popconfirm
            title={t('sensorAdmin.keys.revokeTitle', { name: k.name })}
            description={<div style={{ maxWidth: 300 }}>{t('sensorAdmin.keys.revokeText')}</div>}
            okText={t('sensorAdmin.keys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRevoke(k)}
          >
            <Button size="small" type="link" danger icon={<StopOutlined />} data-action="revoke">
              {t('sensorAdmin.keys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  const total = keys.data?.total ?? 0;
  return (
    <Card
      title={t('sensorAdmin.keys.title')}
      id="device-keys"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('sensorAdmin.keys.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('sensorAdmin.keys.intro')}
      </Typography.Paragraph>
      {keys.isError && <QueryErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />}
      <Table<DeviceKey>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={keys.data?.items ?? []}
        loading={keys.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sensorAdmin.keys.empty')} /> }}
        pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions, onChange: setPage, showTotal: (n: number) => t('sensorAdmin.keys.total', { total: n }), hideOnSinglePage: total <= 10 }}
        scroll={screens.md ? { x: 760 } : undefined}
      />
      <CreateDeviceKeyModal
        enterpriseId={enterpriseId}
        open={creating}
        onClose={(key) => {
          setCreating(false);
          if (key) setCreated(key);
        }}
      />
      <DeviceKeyCreatedModal created={created} onDone={() => setCreated(null)} />
    </Card>
  );
}

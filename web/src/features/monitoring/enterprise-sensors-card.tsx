import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, Card, Empty, Flex, Grid, List, Popconfirm, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { StateDot } from './alarm-tags.tsx';
import { formatQuantity } from './alarm-text.ts';
import { EditSensorModal } from './edit-sensor-modal.tsx';
import type { Sensor } from './monitoring.types.ts';
import { RegisterSensorModal } from './register-sensor-modal.tsx';
import { useSectionPage } from './section-page-params.ts';
import './sensor-admin.texts.ts';
import { canManageSensors } from './sensor-admin.policy.ts';
import { useDeactivateSensor, useEnterpriseSensors, useSensorTemplates } from './use-sensor-admin.queries.ts';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };
const NUM = { fontVariantNumeric: 'tabular-nums' } as const;

function SensorStatus({ sensor }: { sensor: Sensor }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" wrap>
      <StateDot state={sensor.alarmState ?? (sensor.lastReading ? 'normal' : 'offline')} />
      {sensor.silencedUntil && (
        <Tag color="purple" style={{ marginInlineEnd: 0 }} title={formatCityTime(sensor.silencedUntil)}>
          {t('sensorAdmin.sensors.silenced')}
        </Tag>
      )}
    </Flex>
  );
}

function LastReading({ sensor }: { sensor: Sensor }) {
  const { t } = useTranslation();
  if (!sensor.lastReading) return <Typography.Text type="secondary">{t('sensorAdmin.sensors.noReading')}</Typography.Text>;
  return (
    <span style={NUM}>
      {formatQuantity(sensor.lastReading.value, sensor.unit)}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {formatCityTime(sensor.lastReading.ts)}
      </Typography.Text>
    </span>
  );
}

function OpenAlarms({ sensor }: { sensor: Sensor }) {
  if (sensor.openAlarms === 0) return <span style={NUM}>0</span>;
  return (
    <Link to={`/monitoring/alarms?sensorId=${sensor.id}`} style={{ ...NUM, color: '#cf1322', fontWeight: 600 }}>
      {sensor.openAlarms}
    </Link>
  );
}

/**
 * The enterprise's sensors (its page's monitoring section): state, last reading and open alarms at a glance,
 * registration, editing and deactivation (with confirmation) for those the server lets manage them.
 */
export function EnterpriseSensorsCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSessionUser();
  const screens = Grid.useBreakpoint();
  const { page, pageSize, setPage, pageSizeOptions } = useSectionPage('sensors');
  const sensors = useEnterpriseSensors(enterpriseId, page, pageSize);
  const templates = useSensorTemplates((sensors.data?.items ?? []).some((s) => s.template !== null));
  const deactivate = useDeactivateSensor();
  const manage = canManageSensors(user, enterpriseId);
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<Sensor | null>(null);

  const templateName = (sensor: Sensor) =>
    sensor.template === null ? t('sensorAdmin.sensors.customRules') : (templates.data?.find((x) => x.id === sensor.template)?.name ?? sensor.template);
  const onDeactivate = async (sensor: Sensor) => {
    try {
      await deactivate.mutateAsync(sensor.id);
      void message.success(t('sensorAdmin.sensors.deactivated', { code: sensor.code }));
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };
  const actions = (sensor: Sensor) => [
    <Button key="edit" size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(sensor)}>
      {t('sensorAdmin.sensors.edit')}
    </Button>,
    <Popconfirm
      key="deactivate"
      title={t('sensorAdmin.sensors.deactivateTitle', { code: sensor.code })}
      description={<div style={{ maxWidth: 320 }}>{t('sensorAdmin.sensors.deactivateText')}</div>}
      okText={t('sensorAdmin.sensors.deactivate')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => onDeactivate(sensor)}
    >
      <Button size="small" type="link" danger icon={<DeleteOutlined />} data-action="deactivate">
        {t('sensorAdmin.sensors.deactivate')}
      </Button>
    </Popconfirm>,
  ];

  const columns: TableProps<Sensor>['columns'] = [
    { title: t('sensorAdmin.sensors.columns.code'), dataIndex: 'code', width: 170, render: (code: string, s) => <Link to={`/monitoring/sensors/${s.id}`} style={MONO}>{code}</Link> },
    {
      title: t('sensorAdmin.sensors.columns.name'),
      dataIndex: 'name',
      render: (name: string, s) => (
        <span>
          {name}
          {s.location && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{s.location}</Typography.Text>}
        </span>
      ),
    },
    { title: t('sensorAdmin.sensors.columns.template'), key: 'template', ellipsis: true, render: (_: unknown, s) => <span title={templateName(s)}>{templateName(s)}</span> },
    { title: t('sensorAdmin.sensors.columns.unit'), dataIndex: 'unit', width: 80 },
    { title: t('sensorAdmin.sensors.columns.status'), key: 'status', width: 150, render: (_: unknown, s) => <SensorStatus sensor={s} /> },
    { title: t('sensorAdmin.sensors.columns.lastReading'), key: 'lastReading', width: 150, render: (_: unknown, s) => <LastReading sensor={s} /> },
    { title: t('sensorAdmin.sensors.columns.openAlarms'), dataIndex: 'openAlarms', width: 100, align: 'right', render: (_: number, s) => <OpenAlarms sensor={s} /> },
    ...(manage ? [{ title: t('sensorAdmin.sensors.columns.actions'), key: 'actions', width: 170, render: (_: unknown, s: Sensor) => <Flex gap={0}>{actions(s)}</Flex> }] : []),
  ];
  const total = sensors.data?.total ?? 0;
  const pagination = { current: page, pageSize, total, showSizeChanger: true, pageSizeOptions, onChange: setPage, showTotal: (n: number) => t('sensorAdmin.sensors.total', { total: n }), hideOnSinglePage: total <= 10 };
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={manage ? t('sensorAdmin.sensors.empty') : t('sensorAdmin.sensors.emptyReadOnly')} />;

  return (
    <Card
      title={t('sensorAdmin.sensors.title')}
      id="sensors"
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('sensorAdmin.sensors.register')}
          </Button>
        )
      }
      styles={{ body: screens.md === false ? { padding: '0 12px' } : undefined }}
    >
      {sensors.isError && <QueryErrorAlert error={sensors.error} onRetry={() => void sensors.refetch()} />}
      {screens.md === false ? (
        <List<Sensor>
          itemLayout="vertical"
          dataSource={sensors.data?.items ?? []}
          loading={sensors.isPending}
          locale={{ emptyText: empty }}
          pagination={total > pageSize ? { ...pagination, size: 'small', showSizeChanger: false } : false}
          renderItem={(s) => (
            <List.Item actions={manage ? actions(s) : undefined} style={{ padding: '12px 0' }}>
              <List.Item.Meta
                title={
                  <Flex justify="space-between" gap={8} wrap>
                    <Link to={`/monitoring/sensors/${s.id}`}>{s.name}</Link>
                    <SensorStatus sensor={s} />
                  </Flex>
                }
                description={
                  <Flex vertical gap={2}>
                    <span style={MONO}>{s.code}</span>
                    <span>{templateName(s)}</span>
                    <Flex justify="space-between" gap={8}>
                      <LastReading sensor={s} />
                      <span>
                        {t('sensorAdmin.sensors.columns.openAlarms')} <OpenAlarms sensor={s} />
                      </span>
                    </Flex>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<Sensor>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={sensors.data?.items ?? []}
          loading={sensors.isFetching}
          locale={{ emptyText: empty }}
          pagination={pagination}
          scroll={{ x: 1000 }}
        />
      )}
      <RegisterSensorModal enterpriseId={enterpriseId} open={registering} onClose={() => setRegistering(false)} />
      <EditSensorModal sensor={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

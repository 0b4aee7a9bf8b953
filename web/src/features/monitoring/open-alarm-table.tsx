import { Button, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { AlarmKindTag, AlarmStatusTag, SeverityTag } from './alarm-tags.tsx';
import { alarmLimit, alarmValues } from './alarm-value.ts';
import './alarm-text.texts.ts';
import type { Alarm } from './monitoring.types.ts';

interface AlarmTableProps {
  alarms: readonly Alarm[];
  loading?: boolean;
  /** Shown on unacknowledged rows when set. */
  onAcknowledge?: (alarm: Alarm) => void;
  /** Adds the cleared time column (history). */
  showCleared?: boolean;
  /** Leaves out the sensor column (a sensor's own page). */
  hideSensor?: boolean;
  empty?: React.ReactNode;
  pagination?: TableProps<Alarm>['pagination'];
}

/** Alarms as a table: severity first, the sensor linking to its live chart. */
export function AlarmTable({ alarms, loading, onAcknowledge, showCleared = false, hideSensor = false, empty, pagination = false }: AlarmTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<Alarm>['columns'] = [
    { title: t('monitoring.fields.severity'), dataIndex: 'severity', width: 90, render: (s: Alarm['severity']) => <SeverityTag severity={s} /> },
    ...(hideSensor
      ? []
      : [
          {
            title: t('monitoring.fields.sensor'),
            dataIndex: 'sensorName',
            render: (_: string, a: Alarm) => (
              <span>
                <Link to={`/monitoring/sensors/${a.sensorId}`} style={{ fontWeight: 500 }}>
                  {a.sensorName}
                </Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {a.enterpriseName}
                </Typography.Text>
              </span>
            ),
          },
        ]),
    { title: t('monitoring.fields.kind'), dataIndex: 'kind', width: 120, render: (k: Alarm['kind']) => <AlarmKindTag kind={k} /> },
    { title: t('monitoring.fields.value'), key: 'value', width: 170, render: (_: unknown, a) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{alarmValues(a)}</span> },
    { title: t('monitoring.fields.limit'), key: 'limit', width: 110, render: (_: unknown, a) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{alarmLimit(a)}</span> },
    {
      title: t('monitoring.fields.openedAt'),
      dataIndex: 'openedAt',
      width: 170,
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatCityTime(v, true)}</span>,
    },
    ...(showCleared
      ? [
          {
            title: t('monitoring.fields.clearedAt'),
            dataIndex: 'clearedAt',
            width: 170,
            render: (v: string | null) => <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatCityTime(v, true) || '—'}</span>,
          },
        ]
      : []),
    {
      title: t('monitoring.fields.status'),
      key: 'status',
      width: 130,
      render: (_: unknown, a) => (
        <Flex gap={4} align="center" wrap>
          {a.status === 'active' && onAcknowledge ? (
            <Button size="small" type="primary" danger data-action="acknowledge" onClick={() => onAcknowledge(a)}>
              {t('monitoring.acknowledge.button')}
            </Button>
          ) : (
            <AlarmStatusTag status={a.status} />
          )}
          {a.silenced && (
            <Tag color="purple" style={{ marginInlineEnd: 0 }} title={t('alarmText.silenced')}>
              {t('alarmText.silencedTag')}
            </Tag>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<Alarm>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...alarms]}
      loading={loading}
      locale={{ emptyText: empty }}
      pagination={pagination}
      scroll={{ x: 900 }}
    />
  );
}

import { HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Col, Empty, Flex, List, Row, Statistic, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/permissions.ts';
import { DistrictMap, type MapPiece, type MapPoint } from '../../app/district-map.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ExportButton } from '../transfer/export-button.tsx';
import { alarmText } from './alarm-text.ts';
import { AcknowledgeAlarmModal } from './acknowledge-alarm-modal.tsx';
import { applyAlarmEvent, monitoredEnterprises, STATE_COLORS, stateCounts, type EnterpriseAlarmState } from './alarm-state.ts';
import { StateDot } from './alarm-tags.tsx';
import { useLiveEvents } from './live-events.ts';
import type { Alarm } from './monitoring.types.ts';
import { AlarmTable } from './open-alarm-table.tsx';
import { monitoringKeys, useEnterpriseLocations, useOpenAlarms, useSensors } from './use-monitoring.queries.ts';

const STATES: EnterpriseAlarmState[] = ['critical', 'alarm', 'warning', 'normal', 'offline'];
const IN_ALARM: ReadonlySet<EnterpriseAlarmState> = new Set(['critical', 'alarm', 'warning']);

/** The monitoring wall (/monitoring): enterprises on the map by alarm state, open alarms, all live. */
export function MonitoringWallPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { notification } = App.useApp();
  const client = useQueryClient();
  const sensors = useSensors();
  const openAlarms = useOpenAlarms();
  const [connected, setConnected] = useState(true);
  const [acknowledging, setAcknowledging] = useState<Alarm | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const refreshSensors = useRef<ReturnType<typeof setTimeout> | null>(null);

  useLiveEvents(
    { alarms: true },
    {
      onOpen: () => {
        setConnected(true);
        void client.invalidateQueries({ queryKey: monitoringKeys.openAlarms });
      },
      onError: () => setConnected(false),
      onAlarm: (type, alarm) => {
        client.setQueryData<Alarm[]>(monitoringKeys.openAlarms, (open) => (open ? applyAlarmEvent(open, type, alarm) : open));
        if (type === 'alarm.opened' && alarm.severity !== 'warning') {
          notification.warning({ message: t('monitoring.wall.newAlarm', { enterprise: alarm.enterpriseName, sensor: alarm.sensorName }), description: alarmText(t, alarm), placement: 'bottomRight' });
        }
        // Sensor states follow the alarms; one refetch for a burst of events.
        if (refreshSensors.current) clearTimeout(refreshSensors.current);
        refreshSensors.current = setTimeout(() => void client.invalidateQueries({ queryKey: monitoringKeys.sensors }), 2000);
      },
    },
  );

  const rows = useMemo(() => monitoredEnterprises(sensors.data ?? [], openAlarms.data ?? []), [sensors.data, openAlarms.data]);
  const counts = stateCounts(rows);
  const enterprises = useEnterpriseLocations(rows.map((r) => r.enterpriseId));
  const located = useMemo(() => new Map(enterprises.map((e) => [e.id, e])), [enterprises]);

  const points: MapPoint[] = rows.flatMap((r) => {
    const location = located.get(r.enterpriseId)?.location;
    if (!location) return [];
    return [
      {
        id: r.enterpriseId,
        name: r.enterpriseName,
        lng: location.lng,
        lat: location.lat,
        color: STATE_COLORS[r.state],
        detail: `${t(`monitoring.states.${r.state}`)} · ${t('monitoring.wall.sensorsCount', { count: r.sensors })}${r.openAlarms ? ` · ${t('monitoring.wall.alarmsCount', { count: r.openAlarms })}` : ''}`,
        pulse: r.unacknowledged > 0,
      },
    ];
  });
  const districtValues = rows.flatMap((r) => {
    const region = located.get(r.enterpriseId)?.regionCode;
    return region ? [{ regionCode: region, value: IN_ALARM.has(r.state) ? 1 : 0 }] : [];
  });
  const pieces: MapPiece[] = [
    { max: 0, color: '#f5f5f5', label: '0' },
    { min: 1, max: 1, color: '#ffd8bf', label: '1' },
    { min: 2, color: '#ff9c6e', label: '≥ 2' },
  ];

  const alarms = (openAlarms.data ?? []).filter((a) => !selected || a.enterpriseId === selected);
  const selectedName = rows.find((r) => r.enterpriseId === selected)?.enterpriseName;
  const unacknowledged = (openAlarms.data ?? []).filter((a) => a.status === 'active').length;

  return (
    <PageContainer
      title={t('monitoring.wall.title')}
      subtitle={t('monitoring.wall.subtitle')}
      tags={<Badge status={connected ? 'processing' : 'warning'} text={connected ? t('monitoring.wall.live') : t('monitoring.wall.reconnecting')} />}
      extra={
        <>
          <LinkButton to="/monitoring/alarms" icon={<HistoryOutlined />}>
            {t('monitoring.wall.history')}
          </LinkButton>
          <ExportButton path="/sensors/export.xlsx" label={t('transfer.export.sensors')} />
          {can(user, 'sensors.manage') && (
            <LinkButton to="/monitoring/sensors/import" icon={<UploadOutlined />}>
              {t('nav.sensorImport')}
            </LinkButton>
          )}
        </>
      }
    >
      {sensors.isError && <QueryErrorAlert error={sensors.error} onRetry={() => void sensors.refetch()} />}
      {openAlarms.isError && <QueryErrorAlert error={openAlarms.error} onRetry={() => void openAlarms.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('monitoring.wall.enterprises')} value={rows.length} loading={sensors.isPending} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('monitoring.wall.enterprisesInAlarm')} value={counts.critical + counts.alarm + counts.warning} valueStyle={{ color: counts.critical + counts.alarm > 0 ? STATE_COLORS.alarm : undefined }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('monitoring.wall.openAlarms')} value={openAlarms.data?.length ?? 0} loading={openAlarms.isPending} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('monitoring.wall.unacknowledged')} value={unacknowledged} valueStyle={{ color: unacknowledged > 0 ? STATE_COLORS.critical : undefined }} />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card
            title={t('monitoring.wall.map')}
            size="small"
            extra={
              <Flex gap={12} wrap>
                {STATES.map((s) => (
                  <span key={s} style={{ fontSize: 12 }}>
                    <StateDot state={s} /> {counts[s]}
                  </span>
                ))}
              </Flex>
            }
          >
            <DistrictMap
              points={points}
              values={districtValues}
              pieces={pieces}
              valueLabel={t('monitoring.wall.enterprisesInAlarm')}
              onSelectPoint={(id) => setSelected((current) => (current === id ? null : id))}
              height={460}
              aria-label={t('monitoring.wall.map')}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('monitoring.wall.enterpriseList')} size="small" styles={{ body: { maxHeight: 508, overflowY: 'auto', padding: '0 12px' } }}>
            <List
              dataSource={rows}
              loading={sensors.isPending}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
              renderItem={(r) => (
                <List.Item
                  onClick={() => setSelected((current) => (current === r.enterpriseId ? null : r.enterpriseId))}
                  style={{ cursor: 'pointer', background: r.enterpriseId === selected ? '#e6f4ff' : undefined, paddingInline: 8 }}
                  extra={<StateDot state={r.state} />}
                >
                  <List.Item.Meta
                    title={<span style={{ fontWeight: 500 }}>{r.enterpriseName}</span>}
                    description={`${t('monitoring.wall.sensorsCount', { count: r.sensors })}${r.openAlarms ? ` · ${t('monitoring.wall.alarmsCount', { count: r.openAlarms })}` : ''}`}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('monitoring.wall.activeAlarms')}
        size="small"
        extra={
          selected && (
            <Flex gap={8} align="center">
              <Typography.Text type="secondary">{t('monitoring.wall.showingEnterprise', { name: selectedName })}</Typography.Text>
              <Button size="small" onClick={() => setSelected(null)}>
                {t('monitoring.wall.allEnterprises')}
              </Button>
            </Flex>
          )
        }
        styles={{ body: { padding: '0 12px' } }}
      >
        <AlarmTable
          alarms={alarms}
          loading={openAlarms.isFetching && !openAlarms.data}
          onAcknowledge={can(user, 'alarms.acknowledge') ? setAcknowledging : undefined}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.wall.noActiveAlarms')} />}
          pagination={alarms.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        />
      </Card>
      <AcknowledgeAlarmModal alarm={acknowledging} onClose={() => setAcknowledging(null)} />
    </PageContainer>
  );
}

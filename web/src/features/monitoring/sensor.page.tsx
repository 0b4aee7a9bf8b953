import { Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { can } from '../../app/permissions.ts';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { useSessionUser } from '../../app/auth-context.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { AcknowledgeAlarmModal } from './acknowledge-alarm-modal.tsx';
import { StateDot } from './alarm-tags.tsx';
import { useLiveEvents } from './live-events.ts';
import type { Alarm, LiveReading } from './monitoring.types.ts';
import { AlarmTable } from './open-alarm-table.tsx';
import './sensor-admin.texts.ts';
import { SensorChart } from './sensor-chart.tsx';
import { SensorSilencesCard, SilenceBanner } from './sensor-silences.tsx';
import { alarmLevelLines, sensorChartSeries } from './sensor-chart-data.ts';
import { RuleSummary } from './rule-summary.tsx';
import { monitoringKeys, useAlarmHistory, useMinuteBuckets, useRawReadings, useSensor } from './use-monitoring.queries.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_LIVE = 4000;

/** Minute-aligned window so the queries stay cached for a minute. */
function windowNow() {
  const to = Math.ceil(Date.now() / 60_000) * 60_000;
  return { to, rawFrom: to - HOUR, from: to - DAY };
}

/** A sensor's page (/monitoring/sensors/:id): its live chart over the roll-ups, its rules and its alarms. */
export function SensorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const client = useQueryClient();
  const sensor = useSensor(id);
  const [window] = useState(windowNow);
  const buckets = useMinuteBuckets(id, window.from, window.to);
  const raw = useRawReadings(id, window.rawFrom, window.to);
  const [live, setLive] = useState<LiveReading[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const [acknowledging, setAcknowledging] = useState<Alarm | null>(null);
  const alarmParams = { sensorId: id, page: 1, pageSize: 10 };
  const alarms = useAlarmHistory(alarmParams);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useLiveEvents(
    { sensors: [id], alarms: true },
    {
      onReading: (reading) => {
        if (reading.sensorId !== id) return;
        setLive((current) => [...current.slice(-MAX_LIVE), reading]);
        setNow(Date.now());
      },
      onAlarm: (_type, alarm) => {
        if (alarm.sensorId !== id) return;
        void client.invalidateQueries({ queryKey: monitoringKeys.alarmLists });
        void client.invalidateQueries({ queryKey: monitoringKeys.sensor(id) });
      },
    },
  );

  const to = Math.max(window.to, now);
  const series = useMemo(
    () => sensorChartSeries(buckets.data?.items ?? [], raw.data?.items ?? [], live, window.rawFrom, to - DAY),
    [buckets.data, raw.data, live, window.rawFrom, to],
  );
  const levels = useMemo(() => alarmLevelLines(sensor.data?.rules ?? []), [sensor.data]);
  const latest = live.at(-1) ?? (sensor.data?.lastReading ? { ts: sensor.data.lastReading.ts, value: sensor.data.lastReading.value } : undefined);

  if (sensor.isError) return <QueryErrorAlert error={sensor.error} onRetry={() => void sensor.refetch()} />;
  if (!sensor.data) return <Skeleton active />;
  const s = sensor.data;
  const hasData = series.raw.length > 0 || series.minuteAvg.length > 0;

  return (
    <PageContainer
      title={s.name}
      subtitle={`${s.enterpriseName} · ${s.code}`}
      tags={
        <Flex gap={8}>
          <Tag>{t(`monitoring.sensorKinds.${s.kind}`)}</Tag>
          <StateDot state={s.alarmState ?? (s.lastReading ? 'normal' : 'offline')} />
          {s.silencedUntil && <Tag color="purple">{t('sensorAdmin.sensors.silenced')}</Tag>}
        </Flex>
      }
      extra={<LinkButton to={`/monitoring/alarms?sensorId=${s.id}`}>{t('monitoring.sensor.allAlarms')}</LinkButton>}
    >
      <SilenceBanner sensor={s} />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('monitoring.sensor.lastReading')}>
            {latest ? (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {Number(latest.value.toFixed(3))} {s.unit}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">{formatCityTime(new Date(latest.ts).toISOString(), true)}</Typography.Text>
              </span>
            ) : (
              t('monitoring.sensor.noReading')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('monitoring.sensor.enterprise')}>
            <Link to={`/enterprises/${s.enterpriseId}`}>{s.enterpriseName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('monitoring.sensor.location')}>{s.location || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('monitoring.sensor.range')}>
            {s.rangeLow ?? '—'} – {s.rangeHigh ?? '—'} {s.unit}
          </Descriptions.Item>
          <Descriptions.Item label={t('monitoring.sensor.interval')}>{t('monitoring.sensor.intervalValue', { seconds: s.expectedIntervalSec })}</Descriptions.Item>
          <Descriptions.Item label={t('monitoring.sensor.rules')} span={3}>
            <RuleSummary rules={s.rules} unit={s.unit} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('monitoring.sensor.chart')}>
        {buckets.isPending || raw.isPending ? (
          <Skeleton.Node active style={{ width: '100%', height: 380 }} />
        ) : hasData ? (
          <SensorChart series={series} levels={levels} unit={s.unit} from={to - DAY} to={to} aria-label={t('monitoring.sensor.chartLabel', { name: s.name })} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.sensor.noData')} />
        )}
        {(buckets.isError || raw.isError) && <QueryErrorAlert error={buckets.error ?? raw.error} />}
      </Card>
      <Card size="small" title={t('monitoring.sensor.alarms')} styles={{ body: { padding: '0 12px' } }}>
        {alarms.isError && <QueryErrorAlert error={alarms.error} onRetry={() => void alarms.refetch()} />}
        <AlarmTable
          alarms={alarms.data?.items ?? []}
          loading={alarms.isFetching}
          showCleared
          hideSensor
          onAcknowledge={can(user, 'alarms.acknowledge') ? setAcknowledging : undefined}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.history.empty')} />}
        />
      </Card>
      <SensorSilencesCard sensor={s} />
      <AcknowledgeAlarmModal alarm={acknowledging} onClose={() => setAcknowledging(null)} />
    </PageContainer>
  );
}

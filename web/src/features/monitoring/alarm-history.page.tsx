import { Button, Card, DatePicker, Empty, Flex, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { hasAlarmFilters, PAGE_SIZES, parseAlarmHistoryParams, toAlarmHistorySearchParams, type AlarmHistoryParams } from './alarm-history-params.ts';
import { ExportButton } from '../transfer/export-button.tsx';
import { toAlarmApiQuery } from './alarm-history-params.ts';
import { ALARM_KINDS, ALARM_STATUSES } from './monitoring.types.ts';
import { AlarmTable } from './open-alarm-table.tsx';
import { useAlarmHistory, useSensor } from './use-monitoring.queries.ts';

function SensorFilterTag({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const sensor = useSensor(id);
  return (
    <Tag closable onClose={onClose} color="blue" style={{ marginInlineEnd: 0, paddingBlock: 4 }}>
      {t('monitoring.history.sensorFilter', { name: sensor.data ? `${sensor.data.enterpriseName} · ${sensor.data.name}` : '…' })}
    </Tag>
  );
}

/** Alarm history (/monitoring/alarms): every alarm in scope, filtered by sensor, kind, status and period. */
export function AlarmHistoryPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseAlarmHistoryParams(searchParams);
  const alarms = useAlarmHistory(params);

  const update = (changes: Partial<AlarmHistoryParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearchParams(toAlarmHistorySearchParams({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };
  const reset = () => setSearchParams(new URLSearchParams());
  const filtered = hasAlarmFilters(params);

  return (
    <PageContainer title={t('monitoring.history.title')} subtitle={t('monitoring.history.subtitle')} extra={<ExportButton path="/alarms/export.xlsx" filters={toAlarmApiQuery(params)} />}>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          {params.sensorId && <SensorFilterTag id={params.sensorId} onClose={() => update({ sensorId: undefined })} />}
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('monitoring.history.allKinds')}
            value={params.kind}
            onChange={(kind) => update({ kind })}
            options={ALARM_KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))}
            aria-label={t('monitoring.fields.kind')}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('monitoring.history.allStatuses')}
            value={params.status}
            onChange={(status) => update({ status })}
            options={ALARM_STATUSES.map((s) => ({ value: s, label: t(`monitoring.statuses.${s}`) }))}
            aria-label={t('monitoring.fields.status')}
          />
          <DatePicker.RangePicker
            value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            allowEmpty={[true, true]}
            aria-label={t('monitoring.fields.time')}
          />
          {filtered && <Button onClick={reset}>{t('monitoring.history.clearFilters')}</Button>}
        </Flex>
      </Card>
      {alarms.isError && <QueryErrorAlert error={alarms.error} onRetry={() => void alarms.refetch()} />}
      <Card size="small" styles={{ body: { padding: '0 12px' } }}>
        <AlarmTable
          alarms={alarms.data?.items ?? []}
          loading={alarms.isFetching}
          showCleared
          empty={
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('monitoring.history.emptyFiltered') : t('monitoring.history.empty')}>
              {filtered && <Button onClick={reset}>{t('monitoring.history.clearFilters')}</Button>}
            </Empty>
          }
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: alarms.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total: number) => t('monitoring.history.total', { total }),
            onChange: (page: number, pageSize: number) => update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}

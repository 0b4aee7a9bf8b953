import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { YoyChange } from '../accidents/yoy-change.tsx';
import type { Kpi } from './use-cockpit.query.ts';

const percentChange = (value: number, previous: number | null) => (previous ? Math.round(((value - previous) / previous) * 1000) / 10 : null);

/** One KPI with its year-on-year arrow (up is red: every cockpit figure is one the city wants lower). */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="cockpit-card" data-kpi={kpi.key} data-value={kpi.value} styles={{ body: { padding: '10px 14px' } }}>
      <Statistic title={<span className="cockpit-muted">{t(`cockpit.kpis.${kpi.key as 'accidents'}`, kpi.key)}</span>} value={kpi.value} valueStyle={{ color: '#fff', fontSize: 30, fontWeight: 600 }} />
      <Typography.Text className="cockpit-muted" style={{ fontSize: 12 }}>
        {t('cockpit.yoy')} {kpi.previous === null || kpi.previous === 0 ? <span>{kpi.previous === 0 ? `0 → ${kpi.value}` : t('cockpit.noPrevious')}</span> : <YoyChange percent={percentChange(kpi.value, kpi.previous)} size={12} />}
      </Typography.Text>
    </Card>
  );
}

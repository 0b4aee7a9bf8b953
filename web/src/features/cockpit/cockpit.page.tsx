import { ArrowLeftOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, ConfigProvider, Empty, Flex, Select, Skeleton, Tag, theme } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DistrictMap } from '../../app/district-map.tsx';
import { LanguageSwitch } from '../../app/language-switch.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { alarmText } from '../monitoring/alarm-text.ts';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import './cockpit.css';
import { CockpitTrend } from './cockpit-trend.tsx';
import { KpiCard } from './kpi-card.tsx';
import { useCockpit, type Cockpit, type RecentItem } from './use-cockpit.query.ts';
import { useLiveEvents, type LiveItem } from './use-live-events.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

/** KPI order on the screen; a KPI appears when its domain's panel does. */
const KPI_ORDER = ['accidents', 'deaths', 'largerAccidents', 'openHazards', 'overdueHazards', 'majorHazards', 'activeAlarms'];
const INDICATOR_ORDER = ['majorHazardsOpen', 'activeAlarms', 'accidentsThisYear', 'riskLevel', 'openHazards'];

function recentAsLive(cockpit: Cockpit | undefined): LiveItem[] {
  const recent: RecentItem[] = Object.values(cockpit?.panels ?? {}).flatMap((p) => p.recent);
  return recent
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 12)
    .map((r) => ({ key: `${r.type}:${r.id}`, type: r.type, at: r.at, title: r.title, districtCode: r.districtCode, enterpriseId: r.enterpriseId, alarm: r.alarm }));
}

export function CockpitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const regionCode = search.get('regionCode') ?? undefined;
  const cockpit = useCockpit(regionCode);
  const districtName = useDistrictName();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['cockpit'] }), [queryClient]);
  const live = useLiveEvents(20, refresh);

  const panels = cockpit.data?.panels ?? {};
  const kpis = Object.values(panels).flatMap((p) => p.kpis).sort((a, b) => KPI_ORDER.indexOf(a.key) - KPI_ORDER.indexOf(b.key));
  const indicators = Object.values(panels).flatMap((p) => Object.keys(p.byRegion)).sort((a, b) => INDICATOR_ORDER.indexOf(a) - INDICATOR_ORDER.indexOf(b));
  const [chosen, setChosen] = useState<string | undefined>();
  const indicator = chosen && indicators.includes(chosen) ? chosen : indicators[0];
  const values = useMemo(() => (indicator ? Object.values(panels).find((p) => p.byRegion[indicator])?.byRegion[indicator] ?? [] : []), [panels, indicator]);
  const enterprises = regionCode ? (panels.hazards?.enterprises ?? panels.accidents?.enterprises ?? []) : [];
  const points = enterprises.filter((e) => e.lng !== null && e.lat !== null).map((e) => ({ id: e.id, name: e.name, lng: e.lng!, lat: e.lat!, color: '#ff7a45', detail: t('cockpit.enterpriseValue.hazards', { n: e.value }) }));
  const ticker = [...live.items, ...recentAsLive(cockpit.data).filter((r) => !live.items.some((l) => l.key.startsWith(r.key)))].slice(0, 20);

  const drill = (code: string | undefined) => setSearch(code ? new URLSearchParams({ regionCode: code }) : new URLSearchParams());

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { colorBgContainer: 'transparent' } }}>
      <div className="cockpit">
        <header className="cockpit-header">
          <Flex align="center" gap={12} wrap>
            <h1 className="cockpit-title">{t('cockpit.title')}</h1>
            <Tag color="blue" style={{ fontSize: 14 }}>{regionCode ? (districtName(regionCode) ?? regionCode) : t('cockpit.city')}</Tag>
            {regionCode && <Button size="small" icon={<ArrowLeftOutlined />} onClick={() => drill(undefined)}>{t('cockpit.backToCity')}</Button>}
          </Flex>
          <Flex align="center" gap={12} wrap>
            {cockpit.data && <span className="cockpit-muted">{t('cockpit.asOf', { time: formatCityTime(cockpit.data.asOf) })}</span>}
            <span className="cockpit-muted">{t('cockpit.indicator')}</span>
            <Select size="small" style={{ width: 170 }} value={indicator} onChange={setChosen} options={indicators.map((k) => ({ value: k, label: t(`cockpit.indicators.${k as 'openHazards'}`, k) }))} aria-label={t('cockpit.indicator')} />
            <LanguageSwitch tone="dark" />
            <Button size="small" icon={<LogoutOutlined />} onClick={() => void navigate('/')}>{t('cockpit.exit')}</Button>
          </Flex>
        </header>
        {cockpit.isError && <Alert type="error" showIcon title={apiErrorText(t, cockpit.error)} />}
        <section className="cockpit-kpis" aria-label="KPI">
          {cockpit.isPending ? <Skeleton active /> : kpis.map((k) => <KpiCard key={k.key} kpi={k} />)}
        </section>
        <section className="cockpit-main">
          <Card size="small" className="cockpit-card cockpit-fill" title={t(`cockpit.indicators.${(indicator ?? 'openHazards') as 'openHazards'}`, indicator ?? '')}>
            <DistrictMap
              values={values}
              valueLabel={indicator ? t(`cockpit.indicators.${indicator as 'openHazards'}`, indicator) : ''}
              points={points}
              selectedRegion={regionCode}
              onSelectRegion={(code) => drill(code)}
              onSelectPoint={(id) => void navigate(`/enterprises/${id}`)}
              height="var(--cockpit-map-height)"
              aria-label={t('cockpit.indicator')}
            />
          </Card>
          <div className="cockpit-side">
            <Card size="small" className="cockpit-card" title={t('cockpit.trend')}>
              <CockpitTrend panels={panels} month={cockpit.data ? Number(formatCityTime(cockpit.data.asOf).slice(5, 7)) : 12} />
            </Card>
            <Card size="small" className="cockpit-card cockpit-fill" title={<Flex gap={8} align="center">{t('cockpit.ticker')}<Badge status={live.connected ? 'processing' : 'default'} text={<span className="cockpit-muted">{t('cockpit.live')}</span>} /></Flex>}>
              <div className="cockpit-ticker" role="log" aria-live="polite">
                {ticker.length === 0 ? <Empty description={t('cockpit.noEvents')} /> : ticker.map((item) => (
                  <div key={item.key} className="cockpit-ticker-item">
                    <div className="cockpit-ticker-line">
                      <span className="cockpit-muted cockpit-nowrap">{formatCityTime(item.at).slice(5)}</span>
                      <Tag color={item.type.startsWith('accident') ? 'red' : item.type.startsWith('alarm') ? 'orange' : 'volcano'}>{t(`cockpit.events.${item.type as 'accident.reported'}`, item.type)}</Tag>
                      {item.enterpriseId ? <Link to={`/enterprises/${item.enterpriseId}`} className="cockpit-ticker-title" title={item.title}>{item.title}</Link> : <span className="cockpit-ticker-title" title={item.title}>{item.title}</span>}
                      {item.districtCode && <a onClick={() => drill(item.districtCode)} className="cockpit-muted cockpit-nowrap">{districtName(item.districtCode)}</a>}
                    </div>
                    {item.alarm && <div className="cockpit-ticker-detail">{alarmText(t, item.alarm)}</div>}
                  </div>
                ))}
              </div>
            </Card>
            {regionCode && (
              <Card size="small" className="cockpit-card cockpit-fill" title={t('cockpit.enterprises')}>
                {enterprises.length === 0 ? <Empty /> : enterprises.map((e) => (
                  <Flex key={e.id} justify="space-between" className="cockpit-ticker-line cockpit-enterprise-item">
                    <Link to={`/enterprises/${e.id}`}>{e.name}</Link>
                    <span className="cockpit-muted">{e.value}</span>
                  </Flex>
                ))}
              </Card>
            )}
          </div>
        </section>
      </div>
    </ConfigProvider>
  );
}

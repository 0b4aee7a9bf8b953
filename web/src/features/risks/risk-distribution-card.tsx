import { Card, Col, Flex, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { DistrictMap } from '../../app/district-map.tsx';
import { COLOR_HEX, LEVEL_HEX, RISK_LEVELS, type RiskDistribution } from './risk.types.ts';

/**
 * Four colours: the caller's risk points by level, and (for a regulator) the city's enterprises on the district map,
 * each by its highest risk, with the districts shaded by how many of theirs carry a major risk.
 */
export function RiskDistributionCard({ distribution, showMap }: { distribution: RiskDistribution; showMap: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('risks.distribution')} size="small">
      <Row gutter={[12, 12]}>
        {RISK_LEVELS.map((level) => (
          <Col key={level} xs={12} md={6}>
            <div style={{ borderLeft: `6px solid ${LEVEL_HEX[level]}`, paddingLeft: 12 }} data-testid={`risk-count-${level}`}>
              <Statistic title={t(`risks.level.${level}`)} value={distribution.totals[level]} />
            </div>
          </Col>
        ))}
      </Row>
      {showMap && (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <strong>{t('risks.mapTitle')}</strong>
          <DistrictMap
            height={420}
            aria-label={t('risks.mapTitle')}
            valueLabel={t('risks.level.major')}
            values={distribution.districts.map((d) => ({ regionCode: d.regionCode, value: d.enterprises.major }))}
            pieces={[
              { min: 0, max: 0, color: '#f0f5ff', label: '0' },
              { min: 1, max: 2, color: '#ffccc7', label: '1–2' },
              { min: 3, color: '#ff7875', label: '≥ 3' },
            ]}
            points={distribution.enterprises
              .filter((e) => e.lng !== null && e.lat !== null)
              .map((e) => ({
                id: e.id,
                name: e.name,
                lng: e.lng as number,
                lat: e.lat as number,
                color: COLOR_HEX[e.color],
                detail: RISK_LEVELS.map((l) => `${t(`risks.level.${l}`)} ${e.counts[l]}`).join(' · '),
              }))}
          />
        </Flex>
      )}
    </Card>
  );
}

import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColorBadge } from '../risks/risk-level-tag.tsx';
import { SOURCE_LEVEL_HEX, type Assessment } from './major-hazard.types.ts';

type Item = Assessment['items'][number];

export function SourceLevelTag({ level }: { level: number | null }) {
  const { t } = useTranslation();
  if (level === null) return <Tag data-level="none">{t('majorHazards.notMajor')}</Tag>;
  return (
    <ColorBadge color={SOURCE_LEVEL_HEX[level] ?? '#999'} dark={level === 3} data-level={level}>
      {t(`majorHazards.level.${level}` as 'majorHazards.level.1')}
    </ColorBadge>
  );
}

/**
 * GB 18218-2018 step by step: each substance's q, Q, q/Q and β (with where β came from), then S = Σ q/Q against 1,
 * α from the exposed population, R = α · Σ β·q/Q, and the level.
 */
export function AssessmentSteps({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const columns = [
    { title: t('majorHazards.fields.substance'), dataIndex: 'substance', render: (s: string, row: Item) => (row.row ? `${s}（${t('majorHazards.row', { row: row.row })}）` : s) },
    { title: 'q (t)', dataIndex: 'quantityTonnes', align: 'right' as const },
    { title: t('majorHazards.fields.criticalQuantity'), dataIndex: 'criticalQuantity', align: 'right' as const },
    { title: 'q/Q', dataIndex: 'ratio', align: 'right' as const },
    {
      title: 'β',
      dataIndex: 'beta',
      align: 'right' as const,
      render: (beta: number, row: Item) => (
        <span title={t(`majorHazards.betaSource.${row.betaSource}`)}>
          {beta} <Typography.Text type="secondary" style={{ fontSize: 12 }}>({t(`majorHazards.betaSource.${row.betaSource}`)}{row.categories.length ? ` ${row.categories.join('/')}` : ''})</Typography.Text>
        </span>
      ),
    },
    { title: 'β·q/Q', dataIndex: 'weightedRatio', align: 'right' as const },
  ];
  return (
    <Flex vertical gap={12} data-testid="assessment-steps">
      <Table<Item> rowKey={(_, i) => String(i)} size="small" pagination={false} columns={columns} dataSource={assessment.items} />
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('majorHazards.steps.s')}>
          <span data-testid="step-s">S = Σ q/Q = {assessment.s}</span> {assessment.isMajor ? '≥ 1' : '< 1'}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorHazards.steps.identified')}>{assessment.isMajor ? t('majorHazards.isMajor') : t('majorHazards.notMajor')}</Descriptions.Item>
        <Descriptions.Item label={t('majorHazards.steps.alpha')}>
          <span data-testid="step-alpha">α = {assessment.alpha}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('majorHazards.steps.r')}>
          <span data-testid="step-r">R = α · Σ β·q/Q = {assessment.r}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('majorHazards.steps.level')} span={2}>
          <SourceLevelTag level={assessment.level} />
        </Descriptions.Item>
      </Descriptions>
      {assessment.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
    </Flex>
  );
}

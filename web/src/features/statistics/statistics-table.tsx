import { WarningFilled } from '@ant-design/icons';
import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupBy, HazardStatisticsRow } from './statistics.types.ts';

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A 排查不力 reason in the user's language, with the figure that triggered it. */
export function reasonText(t: TFunction, row: HazardStatisticsRow, reason: HazardStatisticsRow['reasons'][number]): string {
  // The threshold is the city's configured one, as the server applied it.
  const threshold = reason.thresholdPercent;
  if (reason.code === 'low_completion') return t('statistics.reasons.low_completion', { rate: formatRate(row.completionRate), threshold });
  if (reason.code === 'low_on_time') return t('statistics.reasons.low_on_time', { rate: formatRate(row.onTimeRate), threshold });
  return t('statistics.reasons.major_overdue', { count: row.overdueMajor });
}

export function FlagCell({ row }: { row: HazardStatisticsRow }) {
  const { t } = useTranslation();
  if (!row.flagged) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="statistics-flag">
      <span>
        <Tag color="error" variant="solid" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }}>
          {t('statistics.flagged')}
        </Tag>
      </span>
      {row.reasons.map((reason) => (
        <Typography.Text key={reason.code} type="danger" style={{ fontSize: 12 }} data-reason={reason.code}>
          {reasonText(t, row, reason)}
        </Typography.Text>
      ))}
    </Flex>
  );
}

const NUMBER = { fontVariantNumeric: 'tabular-nums' as const };

interface StatisticsTableProps {
  rows: HazardStatisticsRow[];
  groupBy: GroupBy;
  loading?: boolean;
}

/** The ranked units: flagged and worst first, as the server ranks them. */
export function StatisticsTable({ rows, groupBy, loading = false }: StatisticsTableProps) {
  const { t } = useTranslation();
  const rate = (value: number | null, low: boolean) => (
    <Typography.Text type={low ? 'danger' : undefined} style={NUMBER}>
      {formatRate(value)}
    </Typography.Text>
  );
  const columns: TableProps<HazardStatisticsRow>['columns'] = [
    { title: t('statistics.columns.rank'), dataIndex: 'rank', width: 64, align: 'center', fixed: 'left' },
    {
      title: t(`statistics.groupBy.${groupBy}`),
      dataIndex: 'name',
      width: 220,
      fixed: 'left',
      render: (name: string, row) =>
        groupBy === 'enterprise' ? <Link to={`/enterprises/${row.key}`}>{name}</Link> : name,
    },
    {
      title: t('statistics.columns.tasks'),
      key: 'tasks',
      width: 100,
      align: 'right',
      render: (_: unknown, row) => <span style={NUMBER}>{`${row.tasksDone} / ${row.tasksDue}`}</span>,
    },
    {
      title: t('statistics.columns.completionRate'),
      dataIndex: 'completionRate',
      width: 96,
      align: 'right',
      render: (value: number | null, row) => rate(value, row.reasons.some((reason) => reason.code === 'low_completion')),
    },
    { title: t('statistics.columns.hazardsFound'), dataIndex: 'hazardsFound', width: 88, align: 'right' },
    { title: t('statistics.columns.hazardsClosed'), dataIndex: 'hazardsClosed', width: 88, align: 'right' },
    {
      title: t('statistics.columns.onTimeRate'),
      dataIndex: 'onTimeRate',
      width: 96,
      align: 'right',
      render: (value: number | null, row) => rate(value, row.reasons.some((reason) => reason.code === 'low_on_time')),
    },
    {
      title: t('statistics.columns.overdueNow'),
      dataIndex: 'overdueNow',
      width: 88,
      align: 'right',
      render: (value: number) => <Typography.Text type={value > 0 ? 'danger' : undefined}>{value}</Typography.Text>,
    },
    {
      title: t('statistics.columns.openMajor'),
      dataIndex: 'openMajor',
      width: 96,
      align: 'right',
      render: (value: number) => <Typography.Text strong={value > 0}>{value}</Typography.Text>,
    },
    { title: t('statistics.columns.repeatHazards'), dataIndex: 'repeatHazards', width: 88, align: 'right' },
    { title: t('statistics.columns.flag'), key: 'flag', width: 210, fixed: 'right', render: (_: unknown, row) => <FlagCell row={row} /> },
  ];
  return (
    <Table<HazardStatisticsRow>
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1180 }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      onRow={(row) => ({ 'data-testid': 'statistics-row', 'data-key': row.key }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

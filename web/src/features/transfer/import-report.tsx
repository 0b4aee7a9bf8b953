import { Alert, Flex, Switch, Table, Tag, Typography, type TableProps } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport as Report, ImportRowResult } from './import-report.types.ts';
import './transfer.texts.ts';

const OUTCOME_COLOURS: Record<ImportRowResult['outcome'], string> = { created: 'success', valid: 'processing', refused: 'error' };

export interface ImportReportProps {
  report: Report;
  /** The page of a created record, to link each created row to it. */
  linkOf?: (id: string) => string;
}

/** Every row's result: created / would be created / refused with the column and the reason. */
export function ImportReport({ report, linkOf }: ImportReportProps) {
  const { t } = useTranslation();
  const switchId = useId();
  const [onlyRefused, setOnlyRefused] = useState(report.refused > 0 && report.refused < report.rows);
  const valid = report.rows - report.refused;
  const rows = onlyRefused ? report.results.filter((r) => r.outcome === 'refused') : report.results;

  const columns: TableProps<ImportRowResult>['columns'] = [
    { title: t('transfer.report.row'), dataIndex: 'row', width: 72, align: 'right' },
    {
      title: t('transfer.report.record'),
      dataIndex: 'label',
      width: 240,
      ellipsis: true,
      render: (label: string, r) => (r.id && linkOf ? <Link to={linkOf(r.id)}>{label || r.id}</Link> : label || '—'),
    },
    {
      title: t('transfer.report.outcome'),
      dataIndex: 'outcome',
      width: 120,
      render: (outcome: ImportRowResult['outcome']) => <Tag color={OUTCOME_COLOURS[outcome]}>{t(`transfer.report.${outcome}`)}</Tag>,
    },
    {
      title: t('transfer.report.problems'),
      dataIndex: 'problems',
      render: (problems: ImportRowResult['problems']) =>
        problems.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {problems.map((p) => (
              <li key={p.field}>
                <Typography.Text strong>{p.column}</Typography.Text>
                {t('common.colon')}
                {p.message}
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="import-report">
      <Alert
        type={report.refused === 0 ? 'success' : report.refused === report.rows ? 'error' : 'warning'}
        showIcon
        title={report.dryRun ? t('transfer.report.checkedTitle') : t('transfer.report.doneTitle')}
        description={
          report.dryRun
            ? t('transfer.report.summaryChecked', { rows: report.rows, valid, refused: report.refused })
            : t('transfer.report.summaryDone', { rows: report.rows, created: report.created, refused: report.refused })
        }
      />
      {report.refused > 0 && report.refused < report.rows && (
        <Flex align="center" gap={8}>
          <Switch id={switchId} size="small" checked={onlyRefused} onChange={setOnlyRefused} />
          <label htmlFor={switchId}>{t('transfer.report.onlyRefused')}</label>
        </Flex>
      )}
      <Table<ImportRowResult>
        size="small"
        rowKey="row"
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('transfer.report.empty') }}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 720 }}
      />
    </Flex>
  );
}

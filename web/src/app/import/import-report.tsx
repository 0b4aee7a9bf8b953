import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Flex, Segmented, Statistic, Table, Tag, Typography, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordImportReport as Report, RowIssue } from '../../../../core/shared/import-report.ts';
import './import-report.texts.ts';

export type ImportReportData<T> = Report<T>;
export type ImportReportItem<T> = Report<T>['items'][number];
type Issue = Omit<RowIssue, 'row'>;

/** A column of what an accepted row becomes. */
export interface ImportRecordColumn<T> {
  key: string;
  title: ReactNode;
  width?: number;
  align?: 'left' | 'right' | 'center';
  render: (record: T) => ReactNode;
}

/** "死亡人数：不是数字" — the field in the user's words, then the reason the server gave as a code. */
export function importIssueText(t: TFunction, issue: Issue, fieldLabel: (path: string) => string): string {
  const reason = t(`importReport.codes.${issue.code}`, { ...issue.params, message: issue.message });
  return `${fieldLabel(issue.path)}${t('common.colon')}${reason}`;
}

interface ImportReportProps<T> {
  report: Report<T>;
  /** The columns of an accepted row's record; a refused row shows its reasons across them. */
  columns: readonly ImportRecordColumn<T>[];
  /** A field of the record (an issue's path) in the user's language. */
  fieldLabel: (path: string) => string;
}

/**
 * The row-by-row report of a file import (a check or the import itself): how many rows, how many pass, and
 * each row accepted with what it becomes, or refused with every reason. Any import of the platform shows its
 * report with it; only the record's columns and field names are the feature's.
 */
export function ImportReport<T>({ report, columns, fieldLabel }: ImportReportProps<T>) {
  const { t } = useTranslation();
  // A check opens on what needs fixing; an import on what was written.
  const [filter, setFilter] = useState<'all' | 'refused' | 'accepted'>(!report.dryRun && report.accepted > 0 ? 'accepted' : report.rejected > 0 ? 'refused' : 'all');
  const items = filter === 'all' ? report.items : report.items.filter((item) => item.status === filter);
  const accepted = report.dryRun ? t('importReport.statusAccepted') : t('importReport.statusImported');

  const tableColumns: TableProps<ImportReportItem<T>>['columns'] = [
    { title: t('importReport.row'), dataIndex: 'row', width: 68, align: 'right' },
    {
      title: t('importReport.status'),
      dataIndex: 'status',
      width: 96,
      render: (status: 'accepted' | 'refused') =>
        status === 'accepted' ? (
          <Tag color="success" icon={<CheckCircleFilled />}>{accepted}</Tag>
        ) : (
          <Tag color="error" icon={<CloseCircleFilled />}>{t('importReport.statusRefused')}</Tag>
        ),
    },
    ...columns.map((column, index) => ({
      key: column.key,
      title: column.title,
      width: column.width,
      align: column.align,
      onCell: (item: ImportReportItem<T>) => (item.status === 'refused' ? { colSpan: index === 0 ? columns.length : 0 } : {}),
      render: (_: unknown, item: ImportReportItem<T>) => {
        if (item.status === 'accepted' && item.record !== null) return column.render(item.record);
        if (index > 0) return null;
        return (
          <Flex vertical gap={2} data-testid="import-reasons">
            {item.issues.map((issue) => (
              <Typography.Text key={`${issue.path}-${issue.code}`} type="danger" data-issue={`${issue.path}:${issue.code}`}>
                {importIssueText(t, issue, fieldLabel)}
              </Typography.Text>
            ))}
          </Flex>
        );
      },
    })),
  ];

  const summary =
    report.rows === 0
      ? { type: 'warning' as const, text: t('importReport.empty') }
      : report.rejected === 0
        ? { type: 'success' as const, text: t('importReport.allAccepted', { count: report.rows }) }
        : report.accepted === 0
          ? { type: 'error' as const, text: t('importReport.noneAccepted') }
          : { type: 'warning' as const, text: t('importReport.someRefused', { refused: report.rejected, accepted: report.accepted }) };

  return (
    <Flex vertical gap={12} data-testid="import-report">
      <Flex gap={40} wrap>
        <Statistic title={t('importReport.rows')} value={report.rows} />
        <Statistic title={report.dryRun ? t('importReport.accepted') : t('importReport.imported')} value={report.dryRun ? report.accepted : report.imported} styles={{ content: { color: '#389e0d' } }} />
        <Statistic title={t('importReport.refused')} value={report.rejected} styles={{ content: { color: report.rejected > 0 ? '#cf1322' : undefined } }} />
      </Flex>
      {report.dryRun && <Alert type={summary.type} showIcon title={summary.text} />}
      {report.rows > 0 && (
        <>
          <Segmented<'all' | 'refused' | 'accepted'>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'refused', label: `${t('importReport.filter.refused')} (${report.rejected})` },
              { value: 'accepted', label: `${t('importReport.filter.accepted')} (${report.accepted})` },
              { value: 'all', label: `${t('importReport.filter.all')} (${report.rows})` },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          <Table<ImportReportItem<T>>
            rowKey="row"
            size="small"
            columns={tableColumns}
            dataSource={items}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
            onRow={(item) => ({ 'data-row': item.row, 'data-status': item.status }) as React.HTMLAttributes<HTMLElement>}
          />
        </>
      )}
    </Flex>
  );
}

import { Card, Table, Tag, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { Inspection } from './inspection.types.ts';
import { useInspections } from './use-inspections.query.ts';

export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

export function InspectionList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const inspections = useInspections(page);
  const columns: TableProps<Inspection>['columns'] = [
    {
      title: t('inspections.fields.enterprise'),
      dataIndex: 'enterpriseName',
      render: (name: string, row) => <Link to={`/inspections/${row.id}`}>{name}</Link>,
    },
    {
      title: t('inspections.fields.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (kind: Inspection['kind']) => <Tag color={kind === 're_inspection' ? 'cyan' : 'blue'}>{t(`inspections.kinds.${kind}`)}</Tag>,
    },
    { title: t('inspections.fields.place'), dataIndex: 'place', ellipsis: true },
    { title: t('inspections.fields.time'), dataIndex: 'startedAt', width: 160, render: formatTime },
    { title: t('inspections.fields.department'), dataIndex: 'departmentName', width: 200, ellipsis: true },
  ];
  return (
    <Card styles={{ body: { padding: '8px 16px 0' } }}>
      {inspections.isError && <QueryErrorAlert error={inspections.error} onRetry={() => void inspections.refetch()} />}
      <Table<Inspection>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={inspections.data?.items ?? []}
        loading={inspections.isFetching}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('inspections.empty') }}
        pagination={{ current: page, pageSize: 20, total: inspections.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('inspections.total', { total }) }}
      />
    </Card>
  );
}

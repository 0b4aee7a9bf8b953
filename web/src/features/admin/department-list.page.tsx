import { App, Button, Card, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { IndustryName } from '../organisations/industry-name.tsx';
import { useRegions } from '../organisations/use-regions.query.ts';
import { DepartmentEditModal } from './department-edit-form.tsx';
import { useAllDepartments, useSetDepartmentActive, type Department } from './use-admin.queries.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

const SHOWN_CODES = 4;

/** The admin area's departments: what each supervises, edit, deactivate / reactivate. */
export function DepartmentListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const departments = useAllDepartments();
  const regions = useRegions();
  const setActive = useSetDepartmentActive();
  const [editing, setEditing] = useState<Department | null>(null);
  const regionName = useMemo(() => {
    const names = new Map<string, string>();
    const city = regions.data?.[0];
    if (city) {
      names.set(city.code, city.name);
      for (const d of city.children ?? []) names.set(d.code, d.name);
    }
    return names;
  }, [regions.data]);

  const codes = (list: string[], name: (code: string) => ReactNode) => (
    <Space size={4} wrap>
      {list.slice(0, SHOWN_CODES).map((c) => (
        <Tag key={c}>{name(c)}</Tag>
      ))}
      {list.length > SHOWN_CODES && <Tag>{t('admin.departments.more', { count: list.length - SHOWN_CODES })}</Tag>}
    </Space>
  );

  const toggle = (d: Department) =>
    setActive.mutate(
      { id: d.id, active: !d.active },
      {
        onSuccess: () => void message.success(t(d.active ? 'admin.departments.deactivated' : 'admin.departments.reactivated', { name: d.name })),
        onError: (error) => void message.error(apiErrorText(t, error)),
      },
    );

  const columns: TableProps<Department>['columns'] = [
    { title: t('admin.departments.fields.name'), dataIndex: 'name', width: 240 },
    { title: t('admin.departments.fields.regions'), dataIndex: 'regionCodes', render: (list: string[]) => codes(list, (c) => regionName.get(c) ?? c) },
    { title: t('admin.departments.fields.industries'), dataIndex: 'industryCodes', width: 260, render: (list: string[]) => codes(list, (c) => <IndustryName code={c} />) },
    {
      title: t('admin.departments.fields.status'),
      dataIndex: 'active',
      width: 100,
      render: (active: boolean) => (active ? <Tag color="green">{t('admin.users.status.active')}</Tag> : <Tag>{t('admin.users.status.inactive')}</Tag>),
    },
    {
      title: t('admin.departments.fields.actions'),
      key: 'actions',
      width: 170,
      render: (_, row) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(row)}>
            {t('admin.departments.edit')}
          </Button>
          <Popconfirm
            title={t(row.active ? 'admin.departments.deactivateConfirm' : 'admin.departments.reactivateConfirm', { name: row.name })}
            okText={t(row.active ? 'admin.departments.deactivate' : 'admin.departments.reactivate')}
            okButtonProps={{ danger: row.active }}
            cancelText={t('common.cancel')}
            onConfirm={() => toggle(row)}
          >
            <Button size="small" danger={row.active}>
              {t(row.active ? 'admin.departments.deactivate' : 'admin.departments.reactivate')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('admin.departments.title')} subtitle={t('admin.departments.subtitle')}>
      {departments.isError && <QueryErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<Department>
          rowKey="id"
          columns={columns}
          dataSource={departments.data ?? []}
          loading={departments.isFetching}
          scroll={{ x: 1000 }}
          pagination={{ pageSize: 20, showTotal: (total) => t('admin.departments.total', { total }) }}
        />
      </Card>
      {editing && <DepartmentEditModal department={editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

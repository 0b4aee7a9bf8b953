import { App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { roleSchema, type Role } from '../../../../core/organisations/roles.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { ExportButton } from '../transfer/export-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { useAllDepartments, useRevokeUserSessions, useSetUserActive, useUsers, type User, type UserListItem, type UserListParams } from './use-admin.queries.ts';
import { UserEditModal } from './user-edit-form.tsx';
import { apiErrorText } from '../../app/api-error-text.ts';

const PAGE_SIZES = [20, 50, 100];

export function parseUserListParams(search: URLSearchParams): UserListParams {
  const role = roleSchema.safeParse(search.get('role'));
  const active = search.get('active');
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    q: search.get('q') || undefined,
    role: role.success ? role.data : undefined,
    departmentId: search.get('departmentId') || undefined,
    active: active === 'true' ? true : active === 'false' ? false : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function toSearch(params: UserListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
    search.set(key, String(value));
  }
  return search;
}

/** The admin area's accounts: filters in the URL, edit, deactivate / reactivate, password reset, sign-out everywhere. */
export function UserListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseUserListParams(searchParams);
  const users = useUsers(params);
  const departments = useAllDepartments();
  const setActive = useSetUserActive();
  const revokeSessions = useRevokeUserSessions();
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const update = (changes: Partial<UserListParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearchParams(toSearch({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };
  const failed = (error: unknown) => void message.error(apiErrorText(t, error));

  const toggle = (user: User) =>
    setActive.mutate(
      { id: user.id, active: !user.active },
      {
        onSuccess: () => void message.success(t(user.active ? 'admin.users.deactivated' : 'admin.users.reactivated', { name: user.displayName })),
        onError: failed,
      },
    );

  const columns: TableProps<UserListItem>['columns'] = [
    { title: t('admin.users.fields.username'), dataIndex: 'username', width: 160, render: (name: string) => <code>{name}</code> },
    { title: t('admin.users.fields.displayName'), dataIndex: 'displayName', width: 140 },
    { title: t('admin.users.fields.role'), dataIndex: 'role', width: 130, render: (role: Role) => t(`roles.${role}`) },
    { title: t('admin.users.fields.organisation'), dataIndex: 'organisationName', ellipsis: true, render: (name: string | null) => name ?? '—' },
    {
      title: t('admin.users.fields.status'),
      key: 'status',
      width: 170,
      render: (_, row) => (
        <Space size={4} wrap>
          {row.active ? <Tag color="green">{t('admin.users.status.active')}</Tag> : <Tag>{t('admin.users.status.inactive')}</Tag>}
          {row.mustChangePassword && <Tag color="orange">{t('admin.users.status.mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('admin.users.fields.actions'),
      key: 'actions',
      width: 440,
      render: (_, row) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(row)}>
            {t('admin.users.edit')}
          </Button>
          <Popconfirm
            title={t(row.active ? 'admin.users.deactivateConfirm' : 'admin.users.reactivateConfirm', { name: row.displayName })}
            okText={t(row.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
            okButtonProps={{ danger: row.active }}
            cancelText={t('common.cancel')}
            onConfirm={() => toggle(row)}
          >
            <Button size="small" danger={row.active}>
              {t(row.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
            </Button>
          </Popconfirm>
          {row.id !== me.id && (
            <Button size="small" onClick={() => setResetting(row)}>
              {t('admin.users.resetPassword')}
            </Button>
          )}
          {row.active && row.id !== me.id && (
            <Popconfirm
              title={t('admin.users.revokeSessionsConfirm', { name: row.displayName })}
              okText={t('admin.users.revokeSessions')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                revokeSessions.mutate(row.id, { onSuccess: ({ ended }) => void message.success(t('admin.users.sessionsRevoked', { count: ended })), onError: failed })
              }
            >
              <Button size="small" type="link">
                {t('admin.users.revokeSessions')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('admin.users.title')} subtitle={t('admin.users.subtitle')} extra={<ExportButton path="/users/export.xlsx" filters={{ ...params }} />}>
      <Card size="small">
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            aria-label={t('admin.users.filters.q')}
            placeholder={t('admin.users.filters.q')}
            defaultValue={params.q}
            onSearch={(q) => update({ q: q || undefined })}
            style={{ width: 220 }}
          />
          <Select
            aria-label={t('admin.users.filters.role')}
            style={{ width: 160 }}
            value={params.role ?? ''}
            onChange={(role: string) => update({ role: (role || undefined) as Role | undefined })}
            options={[{ value: '', label: t('admin.users.filters.allRoles') }, ...roleSchema.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
          />
          <Select
            aria-label={t('admin.users.filters.department')}
            style={{ width: 240 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={params.departmentId ?? ''}
            onChange={(departmentId: string) => update({ departmentId: departmentId || undefined })}
            options={[{ value: '', label: t('admin.users.filters.allDepartments') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          />
          <Select
            aria-label={t('admin.users.filters.active')}
            style={{ width: 130 }}
            value={params.active === undefined ? '' : String(params.active)}
            onChange={(active: string) => update({ active: active === '' ? undefined : active === 'true' })}
            options={[
              { value: '', label: t('admin.users.filters.allStatuses') },
              { value: 'true', label: t('admin.users.status.active') },
              { value: 'false', label: t('admin.users.status.inactive') },
            ]}
          />
        </Flex>
      </Card>
      {users.isError && <QueryErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<UserListItem>
          rowKey="id"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          locale={{ emptyText: users.isPending ? ' ' : t('admin.users.empty') }}
          scroll={{ x: 1240 }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('admin.users.total', { total }),
            onChange: (page, pageSize) => update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page, pageSize }),
          }}
        />
      </Card>
      {editing && <UserEditModal user={editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </PageContainer>
  );
}

import { App, Button, Card, Popconfirm, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session } from '../../../../core/organisations/user.schema.ts';
import { useAuth } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { useMySessions, useRevokeMySession } from './use-account.mutations.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

export function MySessionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const sessions = useMySessions();
  const revoke = useRevokeMySession();

  const end = (session: Session) =>
    revoke.mutate(session.id, {
      onSuccess: () => {
        void message.success(t('account.sessions.revoked'));
        if (session.current) void logout().then(() => navigate('/login', { replace: true }));
      },
      onError: (error) => void message.error(apiErrorText(t, error)),
    });

  const columns: TableProps<Session>['columns'] = [
    {
      title: t('account.sessions.signedInAt'),
      dataIndex: 'createdAt',
      width: 190,
      render: (at: string, row) => (
        <>
          {formatCityTime(at)} {row.current && <Tag color="blue">{t('account.sessions.current')}</Tag>}
        </>
      ),
    },
    { title: t('account.sessions.address'), dataIndex: 'ip', width: 150, render: (ip: string | null) => ip ?? t('account.sessions.unknown') },
    { title: t('account.sessions.device'), dataIndex: 'userAgent', ellipsis: true, render: (ua: string | null) => ua ?? t('account.sessions.unknown') },
    { title: t('account.sessions.expiresAt'), dataIndex: 'expiresAt', width: 170, render: (at: string) => formatCityTime(at) },
    {
      key: 'actions',
      width: 130,
      render: (_, row) => (
        <Popconfirm
          title={row.current ? t('account.sessions.revokeCurrentConfirm') : t('account.sessions.revokeConfirm')}
          okText={t('account.sessions.revoke')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => end(row)}
        >
          <Button danger size="small">
            {t('account.sessions.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <PageContainer title={t('account.sessions.title')} subtitle={t('account.sessions.subtitle')}>
      {sessions.isError && <QueryErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      <Card styles={{ body: { padding: '8px 16px' } }}>
        <Table<Session>
          rowKey="id"
          columns={columns}
          dataSource={sessions.data ?? []}
          loading={sessions.isFetching}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('account.sessions.empty') }}
        />
      </Card>
    </PageContainer>
  );
}

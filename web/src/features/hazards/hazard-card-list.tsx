import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Flex, Pagination, Skeleton, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Hazard } from './hazard.types.ts';
import { HazardDeadline, HazardGradeTag, HazardStatusTag, SupervisedTag } from './hazard-tags.tsx';
import { formatCityTime } from './hazard-time.ts';

interface HazardCardListProps {
  items: Hazard[];
  loading: boolean;
  pending: boolean;
  empty: ReactNode;
  pagination: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
  /** An enterprise's own list: every card would name the same enterprise. */
  hideEnterprise?: boolean;
}

/** The hazard list on a phone: one card per hazard instead of a table that would scroll sideways. */
export function HazardCardList({ items, loading, pending, empty, pagination, hideEnterprise = false }: HazardCardListProps) {
  const { t } = useTranslation();
  if (pending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 5 }} />
      </Card>
    );
  }
  if (items.length === 0) return <Card>{empty}</Card>;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="hazard-cards">
        {items.map((hazard) => (
          <Link key={hazard.id} to={`/hazards/${hazard.id}`} style={{ color: 'inherit' }}>
            <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
              <Flex vertical gap={6}>
                <Typography.Text strong style={{ fontSize: 15, color: '#1459c7' }}>
                  {hazard.title}
                </Typography.Text>
                <Flex gap={6} wrap>
                  <HazardGradeTag grade={hazard.grade} />
                  <HazardStatusTag status={hazard.status} />
                  {hazard.supervised && <SupervisedTag />}
                </Flex>
                {!hideEnterprise && (
                  <Typography.Text type="secondary" ellipsis>
                    {hazard.enterpriseName}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
                  <EnvironmentOutlined /> {hazard.location}
                </Typography.Text>
                <Flex justify="space-between" align="center" gap={8} wrap style={{ fontSize: 13 }}>
                  <span>
                    <Typography.Text type="secondary">{t('hazard.fields.deadline')}{t('common.colon')}</Typography.Text>
                    <HazardDeadline deadline={hazard.deadline} overdue={hazard.overdue} closed={hazard.status === 'closed'} />
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatCityTime(hazard.foundAt)}
                  </Typography.Text>
                </Flex>
              </Flex>
            </Card>
          </Link>
        ))}
        <Pagination
          size="small"
          align="center"
          simple
          current={pagination.current}
          pageSize={pagination.pageSize}
          total={pagination.total}
          onChange={pagination.onChange}
          style={{ marginTop: 8 }}
        />
      </Flex>
    </Spin>
  );
}

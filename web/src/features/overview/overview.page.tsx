import { AppstoreOutlined, PlusOutlined, RightOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { displayNameOf } from '../../app/display-name.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { BRAND_COLOR } from '../../app/theme.ts';
import { useEnterpriseCounts } from './use-enterprise-counts.query.ts';

export function OverviewPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <Overview greeting={t('overview.greeting', { name: displayNameOf(user, t) })} canCreate={can(user, 'enterprises.create')} />
  );
}

function Overview({ greeting, canCreate }: { greeting: string; canCreate: boolean }) {
  const { t, i18n } = useTranslation();
  const counts = useEnterpriseCounts();
  const max = Math.max(1, ...counts.byKeyIndustry.map((row) => row.count ?? 0));
  const numberFormat = new Intl.NumberFormat(i18n.language);

  return (
    <PageContainer title={t('overview.title')} subtitle={`${greeting} · ${t('overview.intro')}`}>
      {counts.error !== null && <QueryErrorAlert error={counts.error} onRetry={counts.refetch} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card>
              <Flex align="center" gap={16}>
                <Flex
                  align="center"
                  justify="center"
                  style={{ width: 56, height: 56, borderRadius: 12, background: '#e8f0fd', color: BRAND_COLOR, fontSize: 28 }}
                >
                  <ShopOutlined />
                </Flex>
                <Statistic
                  title={t('overview.enterprises')}
                  value={counts.total ?? 0}
                  loading={counts.total === undefined && counts.isPending}
                  suffix={t('overview.unit')}
                  data-testid="overview-total"
                />
              </Flex>
            </Card>
            <Card title={t('overview.quickActions')}>
              <Flex vertical gap={8}>
                <LinkButton to="/enterprises" block icon={<AppstoreOutlined />} style={{ justifyContent: 'flex-start' }}>
                  {t('overview.browseEnterprises')}
                </LinkButton>
                {canCreate && (
                  <LinkButton
                    to="/enterprises/new"
                    block
                    type="primary"
                    ghost
                    icon={<PlusOutlined />}
                    style={{ justifyContent: 'flex-start' }}
                  >
                    {t('overview.createEnterprise')}
                  </LinkButton>
                )}
              </Flex>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={16}>
          <Card
            title={t('overview.keyIndustryEnterprises')}
            extra={<Typography.Text type="secondary">{t('overview.keyIndustryHint')}</Typography.Text>}
          >
            {counts.isPending ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : (
              <Flex vertical gap={4}>
                {counts.byKeyIndustry.map(({ keyIndustry, count }) => (
                  <Link
                    key={keyIndustry}
                    to={`/enterprises?keyIndustry=${keyIndustry}`}
                    className="overview-industry-row"
                    style={{ display: 'grid', gridTemplateColumns: '140px 1fr 72px 16px', alignItems: 'center', gap: 12, padding: '8px 8px', borderRadius: 6, color: 'inherit' }}
                  >
                    <span>{t(`keyIndustries.${keyIndustry}`)}</span>
                    <Progress percent={((count ?? 0) / max) * 100} showInfo={false} strokeColor={BRAND_COLOR} size="small" />
                    <Typography.Text strong style={{ textAlign: 'right' }}>
                      {count === undefined ? '…' : numberFormat.format(count)}
                    </Typography.Text>
                    <RightOutlined style={{ fontSize: 11, color: 'rgba(0,0,0,0.35)' }} />
                  </Link>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

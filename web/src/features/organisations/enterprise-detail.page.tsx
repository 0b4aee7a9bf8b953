import { EditOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Result, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { canEditEnterprise } from './enterprise.policy.ts';
import type { Enterprise } from './enterprise.types.ts';
import { EnterpriseMonitoringSection } from '../monitoring/enterprise-monitoring-section.tsx';
import { StatisticalReportCard } from '../statistics/statistical-report-card.tsx';
import { EnterpriseAuditTimeline } from './enterprise-audit-timeline.tsx';
import { KeyIndustryTags } from './key-industry-tags.tsx';
import { useEnterprise } from './use-enterprise.query.ts';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };
const DATE_TIME = 'YYYY-MM-DD HH:mm';

function EnterpriseDescriptions({ enterprise }: { enterprise: Enterprise }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('enterprise.detail.basic')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 168 } }}
        bordered
        size="middle"
        items={[
          { key: 'name', label: t('enterprise.fields.name'), children: enterprise.name, span: 2 },
          {
            key: 'creditCode',
            label: t('enterprise.fields.creditCode'),
            children: (
              <Typography.Text copyable style={MONO}>
                {enterprise.creditCode}
              </Typography.Text>
            ),
          },
          {
            key: 'employees',
            label: t('enterprise.fields.employees'),
            children: t('enterprise.employeesCount', {
              formatted: new Intl.NumberFormat(i18n.language).format(enterprise.employees),
            }),
          },
          {
            key: 'industry',
            label: t('enterprise.fields.industry'),
            children: (
              <span>
                <Typography.Text type="secondary" style={MONO}>
                  {enterprise.industryCode}
                </Typography.Text>{' '}
                {enterprise.industryName}
              </span>
            ),
          },
          { key: 'region', label: t('enterprise.fields.region'), children: enterprise.regionName },
          { key: 'address', label: t('enterprise.fields.address'), children: enterprise.address || t('common.none'), span: 2 },
          { key: 'createdAt', label: t('enterprise.fields.createdAt'), children: dayjs(enterprise.createdAt).format(DATE_TIME) },
          { key: 'updatedAt', label: t('enterprise.fields.updatedAt'), children: dayjs(enterprise.updatedAt).format(DATE_TIME) },
        ]}
      />
    </Card>
  );
}

function ClassificationCard({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  return (
    <Card title={t('enterprise.detail.classification')} style={{ height: '100%' }}>
      <Descriptions
        column={1}
        items={[
          {
            key: 'keyIndustries',
            label: t('enterprise.fields.keyIndustries'),
            children: <KeyIndustryTags values={enterprise.keyIndustries} emptyText={t('enterprise.detail.notKeyIndustry')} />,
          },
          {
            key: 'highRisk',
            label: t('enterprise.fields.highRisk'),
            children: enterprise.highRisk ? (
              <Typography.Text type="danger" strong>
                {t('common.yes')}
              </Typography.Text>
            ) : (
              t('common.no')
            ),
          },
        ]}
      />
    </Card>
  );
}

function LocationCard({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const { location } = enterprise;
  return (
    <Card title={t('enterprise.detail.location')} style={{ height: '100%' }}>
      <Space align="start" size={12}>
        <EnvironmentOutlined style={{ fontSize: 22, color: location ? '#1459c7' : 'rgba(0,0,0,0.25)', marginTop: 2 }} />
        <div>
          <div>{enterprise.address || t('common.none')}</div>
          {location ? (
            <Typography.Text
              type="secondary"
              copyable={{ text: `${location.lng},${location.lat}` }}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {t('enterprise.detail.coordinates', {
                longitude: location.lng.toFixed(6),
                latitude: location.lat.toFixed(6),
              })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('enterprise.detail.noLocation')}</Typography.Text>
          )}
        </div>
      </Space>
    </Card>
  );
}

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const enterprise = useEnterprise(id);

  if (enterprise.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (enterprise.isError) {
    if (isApiError(enterprise.error, 'NOT_FOUND') || isApiError(enterprise.error, 'VALIDATION_FAILED')) {
      return (
        <PageContainer title={t('enterprise.detail.notFoundTitle')}>
          <Card>
            <Result
              status="404"
              title={t('enterprise.detail.notFoundTitle')}
              subTitle={t('enterprise.detail.notFoundText')}
              extra={
                can(user, 'enterprises.list') && (
                  <LinkButton to="/enterprises" type="primary">
                    {t('enterprise.detail.backToList')}
                  </LinkButton>
                )
              }
            />
          </Card>
        </PageContainer>
      );
    }
    return <QueryErrorAlert error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  }

  const data = enterprise.data;
  const showAudit = can(user, 'admin.audit');
  return (
    <PageContainer
      title={data.name}
      subtitle={
        <span>
          {data.regionName} · {data.industryName}
        </span>
      }
      tags={
        (data.highRisk || data.keyIndustries.length > 0) && (
          <KeyIndustryTags values={data.keyIndustries} highRisk={data.highRisk} />
        )
      }
      extra={
        canEditEnterprise(user, data) && (
          <LinkButton to={`/enterprises/${data.id}/edit`} type="primary" icon={<EditOutlined />}>
            {t('common.edit')}
          </LinkButton>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={showAudit ? 16 : 24}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <EnterpriseDescriptions enterprise={data} />
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <ClassificationCard enterprise={data} />
              </Col>
              <Col xs={24} md={12}>
                <LocationCard enterprise={data} />
              </Col>
            </Row>
            {user.role !== 'admin' && <StatisticalReportCard enterpriseId={data.id} />}
          </Space>
        </Col>
        {showAudit && (
          <Col xs={24} xl={8}>
            <EnterpriseAuditTimeline enterpriseId={data.id} />
          </Col>
        )}
      </Row>
      <EnterpriseMonitoringSection enterpriseId={data.id} />
    </PageContainer>
  );
}

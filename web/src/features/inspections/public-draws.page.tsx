import { ArrowLeftOutlined, CheckCircleOutlined, ClockCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Layout, List, Pagination, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { useAuth } from '../../app/auth-context.tsx';
import { BrandLogo } from '../../app/brand-logo.tsx';
import { LanguageSwitch } from '../../app/language-switch.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { HEADER_BACKGROUND } from '../../app/theme.ts';
import type { Draw, DrawVerification, PublicDraw } from './inspection.types.ts';
import { formatTime } from './inspection-list.tsx';
import { usePublicDraw, usePublicDraws, verifyPublicDraw } from './use-inspections.query.ts';
import './inspections.texts.ts';

/**
 * 一公开 (国办发〔2015〕58号; docs/adr/0032): the published draws and their results for anyone, without signing in,
 * read from the public door of the API (GET /api/v1/public/draws…). Outside the signed-in layout; one column that
 * fits a phone.
 */

function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: HEADER_BACKGROUND, display: 'flex', alignItems: 'center', gap: 12, paddingInline: 16 }}>
        <Link to="/public/draws" style={{ minWidth: 0, flex: 1, display: 'flex' }} aria-label={t('inspections.public.title')}>
          <BrandLogo />
        </Link>
        <LanguageSwitch />
        {user ? (
          <LinkButton to="/inspections?tab=draws" size="small" ghost>{t('inspections.public.openPlatform')}</LinkButton>
        ) : (
          <LinkButton to="/login" size="small" ghost data-testid="public-sign-in">{t('inspections.public.signIn')}</LinkButton>
        )}
      </Layout.Header>
      <Layout.Content style={{ width: '100%', maxWidth: 960, margin: '0 auto', padding: '16px 12px 32px' }}>{children}</Layout.Content>
    </Layout>
  );
}

function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);
}

const scopeText = (draw: Pick<Draw, 'scopeNames'>, all: string) => [...draw.scopeNames.regions, ...draw.scopeNames.industries].join('、') || all;

export function PublicDrawListPage() {
  const { t } = useTranslation();
  usePageTitle(t('inspections.public.title'));
  const [page, setPage] = useState(1);
  const draws = usePublicDraws(page);
  return (
    <PublicShell>
      <Typography.Title level={3} style={{ marginTop: 4, marginBottom: 4 }}>{t('inspections.public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspections.public.subtitle')}</Typography.Paragraph>
      {draws.isError && <QueryErrorAlert error={draws.error} onRetry={() => void draws.refetch()} />}
      {draws.isPending ? (
        <Card><Skeleton active /></Card>
      ) : (draws.data?.items.length ?? 0) === 0 ? (
        <Card>
          <Empty description={<><div>{t('inspections.public.empty')}</div><Typography.Text type="secondary">{t('inspections.public.emptyText')}</Typography.Text></>} />
        </Card>
      ) : (
        <Flex vertical gap={12}>
          {draws.data?.items.map((draw) => (
            <Card key={draw.id} size="small" data-testid="public-draw">
              <Flex vertical gap={4}>
                <Link to={`/public/draws/${draw.id}`} style={{ fontSize: 16, fontWeight: 600 }}>{draw.number}</Link>
                <Typography.Text>{draw.departmentName}</Typography.Text>
                <Typography.Text type="secondary">{t('inspections.draws.scope')}：{scopeText(draw, t('inspections.draws.scopeAll'))}</Typography.Text>
                <Typography.Text type="secondary">{t('inspections.public.counts', { enterprises: draw.enterpriseCount, inspectors: draw.inspectorCount })}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('inspections.public.drawnAt')} {formatTime(draw.createdAt)} · {t('inspections.public.publishedAt')} {draw.publishedAt ? formatTime(draw.publishedAt) : ''}
                </Typography.Text>
              </Flex>
            </Card>
          ))}
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary">{t('inspections.public.total', { total: draws.data?.total ?? 0 })}</Typography.Text>
            <Pagination simple current={page} pageSize={10} total={draws.data?.total ?? 0} onChange={setPage} hideOnSinglePage />
          </Flex>
        </Flex>
      )}
    </PublicShell>
  );
}

function Result({ result }: { result: PublicDraw['results'][number] | undefined }) {
  const { t } = useTranslation();
  if (!result?.inspectedOn) return <Tag icon={<ClockCircleOutlined />}>{t('inspections.public.notYet')}</Tag>;
  return (
    <Space size={4} wrap>
      <Tag color="success" icon={<CheckCircleOutlined />}>{t('inspections.public.inspectedOn', { date: result.inspectedOn })}</Tag>
      <Tag color={result.findingCount > 0 ? 'warning' : 'default'}>
        {result.findingCount > 0 ? t('inspections.public.findings', { count: result.findingCount }) : t('inspections.public.noProblems')}
      </Tag>
    </Space>
  );
}

export function PublicDrawPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const draw = usePublicDraw(id);
  usePageTitle(draw.data?.number ?? t('inspections.public.title'));
  const [verification, setVerification] = useState<DrawVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const check = async () => {
    if (!id) return;
    setChecking(true);
    setVerifyError(null);
    try {
      setVerification(await verifyPublicDraw(id));
    } catch (error) {
      setVerifyError(error);
    } finally {
      setChecking(false);
    }
  };
  const back = (
    <Link to="/public/draws" data-testid="public-back">
      <ArrowLeftOutlined /> {t('inspections.public.back')}
    </Link>
  );
  if (draw.isError) {
    return (
      <PublicShell>
        {back}
        {isApiError(draw.error, 'NOT_FOUND') ? (
          <Card style={{ marginTop: 12 }}><Empty description={t('inspections.public.notFound')} /></Card>
        ) : (
          <QueryErrorAlert error={draw.error} onRetry={() => void draw.refetch()} />
        )}
      </PublicShell>
    );
  }
  const data = draw.data;
  if (!data) {
    return (
      <PublicShell>
        <Card><Skeleton active /></Card>
      </PublicShell>
    );
  }
  const results = new Map(data.results.map((r) => [r.enterpriseId, r]));
  return (
    <PublicShell>
      {back}
      <Typography.Title level={3} style={{ marginTop: 8, marginBottom: 4 }} data-testid="public-draw-number">{data.number}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>{data.departmentName}</Typography.Paragraph>
      <Flex vertical gap={12}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('inspections.public.drawnAt')}>{formatTime(data.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.public.publishedAt')}>{formatTime(data.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.draws.scope')} span="filled">{scopeText(data, t('inspections.draws.scopeAll'))}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.draws.result')} span="filled">
              {t('inspections.public.counts', { enterprises: data.enterpriseCount, inspectors: data.inspectorCount })}（{t('inspections.public.candidates', { enterprises: data.candidateEnterpriseCount, inspectors: data.candidateInspectorCount })}）
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('inspections.public.enterprises')} styles={{ body: { paddingBlock: 0 } }}>
          <List
            dataSource={data.enterprises}
            renderItem={(e, i) => (
              <List.Item data-testid="public-drawn-enterprise">
                <Flex vertical align="flex-start" gap={4} style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>{i + 1}. {e.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.districtName} · {e.creditCode}</Typography.Text>
                  <Result result={results.get(e.id)} />
                </Flex>
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={t('inspections.public.inspectors')}>
          <Typography.Text>{data.inspectors.map((o) => o.name).join('、')}</Typography.Text>
        </Card>
        <Card
          size="small"
          title={t('inspections.public.verifyTitle')}
          extra={<Button size="small" icon={<SafetyCertificateOutlined />} onClick={() => void check()} loading={checking} data-testid="public-verify">{t('inspections.draws.verify')}</Button>}
        >
          {verification && (
            <Alert
              style={{ marginBottom: 12 }}
              type={verification.valid ? 'success' : 'error'}
              showIcon
              data-testid="public-verification"
              title={verification.valid ? t('inspections.draws.valid') : t('inspections.draws.invalid')}
              description={verification.problems.join('; ') || undefined}
            />
          )}
          {verifyError !== null && <QueryErrorAlert error={verifyError} />}
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('inspections.public.howToVerify', { algorithm: data.algorithm })}</Typography.Paragraph>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('inspections.draws.seed')}><Typography.Text code copyable style={{ overflowWrap: 'anywhere' }}>{data.seed}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('inspections.draws.algorithm')}>{data.algorithm}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.draws.digest')}><Typography.Text code style={{ overflowWrap: 'anywhere', fontSize: 12 }}>{data.candidatesDigest}</Typography.Text></Descriptions.Item>
          </Descriptions>
        </Card>
      </Flex>
    </PublicShell>
  );
}

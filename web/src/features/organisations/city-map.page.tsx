import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Table, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { DistrictMap } from '../../app/district-map.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { useChangeCityMap, useCityMapStatus, type DistrictMapReport } from './use-city-map.query.ts';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

function Districts({ items, color }: { items: { code: string | null; name: string }[]; color?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Typography.Text type="secondary">{t('cityMap.none')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {items.map((d, i) => (
        <Tag key={`${d.code ?? ''}-${i}`} color={color}>
          {d.code ?? '—'} {d.name || t('cityMap.unnamed')}
        </Tag>
      ))}
    </Flex>
  );
}

/** The check of a map against the districts, as the administrator reads it. */
export function CityMapReportCard({ report }: { report: DistrictMapReport }) {
  const { t } = useTranslation();
  const total = report.matched.length + report.missing.length;
  return (
    <Card title={t('cityMap.reportTitle')}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('cityMap.matched')}>{t('cityMap.matchedCount', { matched: report.matched.length, total, features: report.featureCount })}</Descriptions.Item>
        <Descriptions.Item label={t('cityMap.missing')}><Districts items={report.missing} color="orange" /></Descriptions.Item>
        <Descriptions.Item label={t('cityMap.extra')}><Districts items={report.extra} color="default" /></Descriptions.Item>
        <Descriptions.Item label={t('cityMap.renamed')}>
          {report.renamed.length === 0 ? <Typography.Text type="secondary">{t('cityMap.none')}</Typography.Text> : report.renamed.map((r) => `${r.code} ${r.mapName} → ${r.name}`).join('；')}
        </Descriptions.Item>
      </Descriptions>
      {report.invalid.length > 0 && (
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={report.invalid}
          columns={[
            { title: t('cityMap.featureIndex'), dataIndex: 'index', width: 90 },
            { title: t('cityMap.district'), render: (_: unknown, row) => `${row.code ?? '—'} ${row.name}`, width: 180 },
            { title: t('cityMap.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Card>
  );
}

/** The administrator's screen for the city's district map: which map is served, its check, upload and removal. */
export function CityMapPage() {
  const { t } = useTranslation();
  const status = useCityMapStatus();
  const change = useChangeCityMap();
  const data = status.data;
  const refused = change.error && isApiError(change.error, 'VALIDATION_FAILED') ? change.error : null;

  return (
    <PageContainer title={t('cityMap.title')} subtitle={data ? t('cityMap.subtitle', { name: data.cityName, code: data.cityCode }) : undefined}>
      <Alert type="info" showIcon title={t('cityMap.approvalTitle')} description={t('cityMap.approvalNote')} />
      {status.isError && <QueryErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {data && (
        <Card
          title={t('cityMap.current')}
          extra={
            <Flex gap={8}>
              <Upload
                accept=".json,.geojson,application/json,application/geo+json"
                showUploadList={false}
                beforeUpload={(file) => {
                  if (file.size <= MAX_FILE_BYTES) change.mutate(file);
                  return false;
                }}
              >
                <Button type="primary" icon={<UploadOutlined />} loading={change.isPending}>
                  {t('cityMap.upload')}
                </Button>
              </Upload>
              {data.source === 'uploaded' && (
                <Popconfirm title={t('cityMap.removeConfirm')} okText={t('cityMap.remove')} cancelText={t('common.cancel')} onConfirm={() => change.mutate(null)}>
                  <Button danger disabled={change.isPending}>{t('cityMap.remove')}</Button>
                </Popconfirm>
              )}
            </Flex>
          }
        >
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('cityMap.source')}>
              <Tag color={data.source === 'none' ? 'red' : data.source === 'uploaded' ? 'blue' : 'default'}>{t(`cityMap.sources.${data.source}`)}</Tag>
            </Descriptions.Item>
            {data.source === 'uploaded' && (
              <Descriptions.Item label={t('cityMap.uploaded')}>
                {data.fileName ?? '—'} · {formatCityTime(data.uploadedAt)} · {data.uploadedBy ?? '—'}
              </Descriptions.Item>
            )}
          </Descriptions>
          {refused && (
            <Alert
              style={{ marginTop: 16 }}
              type="error"
              showIcon
              title={t('cityMap.refused')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {(refused.details.length > 0 ? refused.details : [{ path: '', message: refused.message }]).map((d, i) => (
                    <li key={i}>{d.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          {change.error && !refused && <QueryErrorAlert error={change.error} />}
        </Card>
      )}
      {data?.report && <CityMapReportCard report={data.report} />}
      {data && data.source !== 'none' && (
        <Card title={t('cityMap.preview')}>
          <DistrictMap height={420} />
        </Card>
      )}
    </PageContainer>
  );
}

import { GlobalOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Descriptions, Form, Input, InputNumber, List, Row, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors, type FieldName } from '../../app/use-server-field-errors.ts';
import { DrawPublicationTag, DrawPublishButton } from './draw-publication.tsx';
import type { Draw, DrawVerification } from './inspection.types.ts';
import { formatTime } from './inspection-list.tsx';
import { IndustryMultiSelect, RegionMultiSelect } from './scope-selects.tsx';
import { useCreateDraw, useDraw, useDraws, useInspectionPlans, verifyDraw } from './use-inspections.query.ts';
import './inspections.texts.ts';

interface DrawValues {
  regionCodes?: string[];
  industryCodes?: string[];
  enterpriseCount: number;
  inspectorCount: number;
  seed?: string;
  planId?: string;
}

/** The API names the scope `scope.regionCodes`; the form keeps it at the top. */
const renameDrawField = (segments: FieldName): FieldName | undefined => (segments[0] === 'scope' ? segments.slice(1) : undefined);

/** The draw's scope in words: district and industry names, or the department's whole scope. */
export function DrawScope({ draw }: { draw: Pick<Draw, 'scopeNames'> }) {
  const { t } = useTranslation();
  const parts = [...draw.scopeNames.regions, ...draw.scopeNames.industries];
  return <>{parts.length > 0 ? parts.join('、') : t('inspections.draws.scopeAll')}</>;
}

function DrawResult({ draw, canInspect, onPublished }: { draw: Draw; canInspect: boolean; onPublished: (draw: Draw) => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [verification, setVerification] = useState<DrawVerification | null>(null);
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const check = async () => {
    setChecking(true);
    setFailed(null);
    try {
      setVerification(await verifyDraw(draw.id));
    } catch (error) {
      setFailed(error);
    } finally {
      setChecking(false);
    }
  };
  return (
    <Card
      title={<Space wrap>{t('inspections.draws.result')}<Typography.Text strong data-testid="draw-number">{draw.number}</Typography.Text><DrawPublicationTag draw={draw} /></Space>}
      data-testid="draw-result"
      extra={
        <Space wrap>
          {draw.publishedAt && (
            <Link to={`/public/draws/${draw.id}`} target="_blank" data-testid="draw-public-link">
              <GlobalOutlined /> {t('inspections.draws.publicPage')}
            </Link>
          )}
          <DrawPublishButton draw={draw} user={user} onPublished={onPublished} />
          <Button icon={<SafetyCertificateOutlined />} onClick={() => void check()} loading={checking} data-testid="verify-draw">{t('inspections.draws.verify')}</Button>
        </Space>
      }
    >
      {failed !== null && <QueryErrorAlert error={failed} />}
      {verification && (
        <Alert
          style={{ marginBottom: 12 }}
          type={verification.valid ? 'success' : 'error'}
          showIcon
          data-testid="draw-verification"
          title={verification.valid ? t('inspections.draws.valid') : t('inspections.draws.invalid')}
          description={verification.problems.join('; ') || undefined}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('inspections.draws.scope')}><DrawScope draw={draw} /></Descriptions.Item>
        <Descriptions.Item label={t('inspections.fields.department')}>{draw.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.createdAt')}>{formatTime(draw.createdAt)} · {draw.createdByName}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.publishedAt')}>{draw.publishedAt ? formatTime(draw.publishedAt) : t('inspections.draws.notYetPublished')}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.seed')}><Typography.Text code copyable data-testid="draw-seed">{draw.seed}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.algorithm')}>{draw.algorithm}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.digest')} span="filled"><Typography.Text code ellipsis style={{ maxWidth: 320 }}>{draw.candidatesDigest}</Typography.Text></Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">
        {t('inspections.draws.candidates', { enterprises: draw.candidateEnterpriseCount, inspectors: draw.candidateInspectorCount })}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <List
            size="small"
            header={<b>{t('inspections.draws.enterprises')}</b>}
            dataSource={draw.enterprises}
            renderItem={(e, i) => (
              <List.Item
                data-testid="drawn-enterprise"
                actions={canInspect ? [<Link key="inspect" to={`/inspections/new?enterpriseId=${e.id}&drawId=${draw.id}`}>{t('inspections.draws.inspect')}</Link>] : []}
              >
                {i + 1}. {e.name}
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} md={10}>
          <List size="small" header={<b>{t('inspections.draws.inspectors')}</b>} dataSource={draw.inspectors} renderItem={(u, i) => <List.Item data-testid="drawn-inspector">{i + 1}. {u.name}</List.Item>} />
        </Col>
      </Row>
    </Card>
  );
}

export function DrawPanel({ canDraw }: { canDraw: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const draws = useDraws(page);
  const plans = useInspectionPlans();
  const create = useCreateDraw();
  // A draw named in the address (`?tab=draws&draw=…`, e.g. from an inspection) is shown first.
  const linked = useDraw(params.get('draw') ?? undefined);
  const [selected, setSelected] = useState<Draw | null>(null);
  const [form] = Form.useForm<DrawValues>();
  const failure = useServerFieldErrors(form, { rename: renameDrawField });
  const submit = async (v: DrawValues) => {
    failure.clear();
    try {
      const draw = await create.mutateAsync({
        scope: { ...(v.regionCodes?.length ? { regionCodes: v.regionCodes } : {}), ...(v.industryCodes?.length ? { industryCodes: v.industryCodes } : {}) },
        enterpriseCount: v.enterpriseCount,
        inspectorCount: v.inspectorCount,
        ...(v.seed?.trim() ? { seed: v.seed.trim() } : {}),
        ...(v.planId ? { planId: v.planId } : {}),
      });
      setSelected(draw);
    } catch (error) {
      failure.report(error);
    }
  };
  const select = (draw: Draw) => {
    setSelected(draw);
    if (params.get('draw')) setParams({ tab: 'draws' }, { replace: true });
  };
  const columns: TableProps<Draw>['columns'] = [
    { title: t('inspections.draws.number'), dataIndex: 'number', width: 200, render: (number: string) => <Typography.Link>{number}</Typography.Link> },
    { title: t('inspections.draws.createdAt'), dataIndex: 'createdAt', width: 150, render: formatTime },
    { title: t('inspections.draws.scope'), key: 'scope', ellipsis: true, render: (_: unknown, row: Draw) => <DrawScope draw={row} /> },
    { title: t('inspections.draws.enterpriseCount'), dataIndex: 'enterpriseCount', width: 110, align: 'right' },
    { title: t('inspections.draws.publication'), dataIndex: 'publishedAt', width: 110, render: (_: unknown, row: Draw) => <DrawPublicationTag draw={row} /> },
  ];
  const shown = selected ?? linked.data ?? draws.data?.items[0] ?? null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={t('inspections.draws.public')}
        action={<Link to="/public/draws" target="_blank" data-testid="public-draws-link"><GlobalOutlined /> {t('inspections.draws.publicPage')}</Link>}
      />
      {canDraw && (
        <Card title={t('inspections.draws.new')}>
          <Form form={form} layout="vertical" initialValues={{ enterpriseCount: 3, inspectorCount: 2 }} onFinish={(v) => void submit(v)}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="regionCodes" label={t('inspections.draws.regions')} extra={t('inspections.draws.regionsHint')}>
                  <RegionMultiSelect placeholder={t('inspections.draws.scopeAll')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="industryCodes" label={t('inspections.draws.industries')} extra={t('inspections.draws.industriesHint')}>
                  <IndustryMultiSelect placeholder={t('inspections.draws.scopeAll')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="enterpriseCount" label={t('inspections.draws.enterpriseCount')} rules={[{ required: true, message: t('inspections.form.required') }]}>
                  <InputNumber min={1} max={1000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="inspectorCount" label={t('inspections.draws.inspectorCount')} rules={[{ required: true, message: t('inspections.form.required') }]}>
                  <InputNumber min={1} max={50} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="planId" label={t('inspections.fields.plan')}>
                  <Select allowClear options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.year} ${p.name}` }))} />
                </Form.Item>
              </Col>
            </Row>
            <Collapse
              ghost
              size="small"
              style={{ marginBottom: 16, marginInline: -16 }}
              items={[
                {
                  key: 'advanced',
                  label: t('inspections.draws.advanced'),
                  forceRender: true,
                  children: (
                    <Form.Item name="seed" label={t('inspections.draws.seed')} extra={t('inspections.draws.seedHint')} style={{ maxWidth: 480, marginBottom: 0 }}>
                      <Input maxLength={128} />
                    </Form.Item>
                  ),
                },
              ]}
            />
            <SubmitErrorAlert state={failure.state} />
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="draw-submit">{t('inspections.draws.submit')}</Button>
          </Form>
        </Card>
      )}
      {shown && <DrawResult key={shown.id} draw={shown} canInspect={canDraw} onPublished={setSelected} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        {draws.isError && <QueryErrorAlert error={draws.error} onRetry={() => void draws.refetch()} />}
        <Table<Draw>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={draws.data?.items ?? []}
          loading={draws.isFetching}
          scroll={{ x: 720 }}
          onRow={(row) => ({ onClick: () => select(row), style: { cursor: 'pointer' } })}
          locale={{ emptyText: canDraw ? t('inspections.draws.emptyCanDraw') : t('inspections.draws.empty') }}
          pagination={{ current: page, pageSize: 10, total: draws.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      </Card>
    </Space>
  );
}

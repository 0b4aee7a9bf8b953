import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, List, Row, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { DrawPublicationTag, DrawPublishButton } from './draw-publication.tsx';
import type { Draw, DrawVerification } from './inspection.types.ts';
import { formatTime } from './inspection-list.tsx';
import { useCreateDraw, useDraws, useInspectionPlans, verifyDraw } from './use-inspections.query.ts';
import { IndustryName } from '../organisations/industry-name.tsx';

interface DrawValues {
  regionCodes?: string[];
  industryCodes?: string[];
  enterpriseCount: number;
  inspectorCount: number;
  seed?: string;
  planId?: string;
}

function DrawResult({ draw, canInspect, onPublished }: { draw: Draw; canInspect: boolean; onPublished: (draw: Draw) => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [verification, setVerification] = useState<DrawVerification | null>(null);
  const [checking, setChecking] = useState(false);
  const check = async () => {
    setChecking(true);
    try {
      setVerification(await verifyDraw(draw.id));
    } finally {
      setChecking(false);
    }
  };
  return (
    <Card
      title={<Space>{t('inspections.draws.result')}<DrawPublicationTag draw={draw} /></Space>}
      data-testid="draw-result"
      extra={
        <Space>
          <DrawPublishButton draw={draw} user={user} onPublished={onPublished} />
          <Button icon={<SafetyCertificateOutlined />} onClick={() => void check()} loading={checking} data-testid="verify-draw">{t('inspections.draws.verify')}</Button>
        </Space>
      }
    >
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
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('inspections.draws.seed')}><Typography.Text code copyable>{draw.seed}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.algorithm')}>{draw.algorithm}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.digest')}><Typography.Text code ellipsis style={{ maxWidth: 320 }}>{draw.candidatesDigest}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('inspections.fields.department')}>{draw.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.createdAt')}>{formatTime(draw.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draws.publishedAt')}>{draw.publishedAt ? formatTime(draw.publishedAt) : t('inspections.draws.notYetPublished')}</Descriptions.Item>
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
          <List size="small" header={<b>{t('inspections.draws.inspectors')}</b>} dataSource={draw.inspectors} renderItem={(u, i) => <List.Item>{i + 1}. {u.name}</List.Item>} />
        </Col>
      </Row>
    </Card>
  );
}

export function DrawPanel({ canDraw }: { canDraw: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const draws = useDraws(page);
  const plans = useInspectionPlans();
  const create = useCreateDraw();
  const [selected, setSelected] = useState<Draw | null>(null);
  const [form] = Form.useForm<DrawValues>();
  const submit = async (v: DrawValues) => {
    const draw = await create.mutateAsync({
      scope: { ...(v.regionCodes?.length ? { regionCodes: v.regionCodes } : {}), ...(v.industryCodes?.length ? { industryCodes: v.industryCodes } : {}) },
      enterpriseCount: v.enterpriseCount,
      inspectorCount: v.inspectorCount,
      ...(v.seed ? { seed: v.seed } : {}),
      ...(v.planId ? { planId: v.planId } : {}),
    });
    setSelected(draw);
  };
  const columns: TableProps<Draw>['columns'] = [
    { title: t('inspections.draws.createdAt'), dataIndex: 'createdAt', width: 150, render: formatTime },
    { title: t('inspections.fields.department'), dataIndex: 'departmentName', ellipsis: true },
    { title: t('inspections.draws.enterpriseCount'), dataIndex: 'enterpriseCount', width: 110, align: 'right' },
    { title: t('inspections.draws.seed'), dataIndex: 'seed', ellipsis: true, width: 160 },
    { title: t('inspections.draws.publication'), dataIndex: 'publishedAt', width: 110, render: (_: unknown, row: Draw) => <DrawPublicationTag draw={row} /> },
  ];
  const shown = selected ?? draws.data?.items[0] ?? null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('inspections.draws.public')} />
      {canDraw && (
        <Card title={t('inspections.draws.new')}>
          <Form form={form} layout="vertical" initialValues={{ enterpriseCount: 3, inspectorCount: 2 }} onFinish={(v) => void submit(v)}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="regionCodes" label={t('inspections.draws.regionCodes')} extra={t('inspections.draws.scopeHint')}>
                  <Select mode="tags" tokenSeparators={[',', ' ']} open={false} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="industryCodes" label={t('inspections.draws.industryCodes')}>
                  <Select mode="tags" tokenSeparators={[',', ' ']} open={false} labelRender={({ value }) => <IndustryName code={String(value)} withCode />} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="enterpriseCount" label={t('inspections.draws.enterpriseCount')} rules={[{ required: true }]}>
                  <InputNumber min={1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="inspectorCount" label={t('inspections.draws.inspectorCount')} rules={[{ required: true }]}>
                  <InputNumber min={1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="seed" label={t('inspections.draws.seed')} extra={t('inspections.draws.seedHint')}>
                  <Input maxLength={128} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="planId" label={t('inspections.fields.plan')}>
                  <Select allowClear options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.year} ${p.name}` }))} />
                </Form.Item>
              </Col>
            </Row>
            {create.isError && <QueryErrorAlert error={create.error} />}
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="draw-submit">{t('inspections.draws.submit')}</Button>
          </Form>
        </Card>
      )}
      {shown && <DrawResult key={shown.id} draw={shown} canInspect={canDraw} onPublished={setSelected} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<Draw>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={draws.data?.items ?? []}
          loading={draws.isFetching}
          onRow={(row) => ({ onClick: () => setSelected(row), style: { cursor: 'pointer' } })}
          locale={{ emptyText: t('inspections.draws.empty') }}
          pagination={{ current: page, pageSize: 10, total: draws.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      </Card>
    </Space>
  );
}

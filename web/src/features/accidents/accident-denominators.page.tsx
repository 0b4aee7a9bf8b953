import { EditOutlined } from '@ant-design/icons';
import { can } from '../../app/permissions.ts';
import { Alert, App, Button, Card, Empty, Flex, Form, InputNumber, List, Modal, Select, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { useRegions } from '../organisations/use-regions.query.ts';
import './accident-screens.texts.ts';
import type { Denominator } from './accident.types.ts';
import { useDenominatorHistory, useDenominators, usePutDenominator, type DenominatorChange } from './use-accidents.query.ts';

const YI = 100_000_000;

interface Row {
  regionCode: string;
  name: string;
  denominator: Denominator | undefined;
}

/** GDP in 亿元 (100 million yuan) with two decimals, workers grouped; "未填写" for what is not set. */
function gdpText(gdpYuan: number | null | undefined, language: string) {
  return gdpYuan == null ? null : (gdpYuan / YI).toLocaleString(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function changeText(t: TFunction, language: string, value: DenominatorChange['after'] | null): string {
  if (!value) return t('accidentScreens.denominators.empty');
  const gdp = gdpText(value.gdpYuan, language) ?? t('accidentScreens.denominators.empty');
  const workers = value.workers == null ? t('accidentScreens.denominators.empty') : value.workers.toLocaleString(language);
  return `${gdp} / ${workers}`;
}

interface EditValues {
  gdpYuan?: number | null;
  workers?: number | null;
}

function EditModal({ row, year, onClose }: { row: Row; year: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const put = usePutDenominator();
  const history = useDenominatorHistory(row.regionCode, year, true);
  const d = row.denominator;
  const submit = (v: EditValues) =>
    put.mutate(
      { regionCode: row.regionCode, year, gdpYuan: v.gdpYuan == null ? null : Math.round(v.gdpYuan * YI), workers: v.workers ?? null },
      {
        onSuccess: () => {
          void message.success(t('accidentScreens.denominators.saved'));
          onClose();
        },
        onError: (error) => showSubmitError(error, form, [['gdpYuan'], ['workers']], { t, notify: (text) => void message.error(text) }),
      },
    );
  return (
    <Modal open title={t('accidentScreens.denominators.editTitle', { region: row.name, year })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={put.isPending} destroyOnHidden>
      <Form<EditValues> form={form} layout="vertical" onFinish={submit} initialValues={{ gdpYuan: d?.gdpYuan == null ? null : d.gdpYuan / YI, workers: d?.workers ?? null }}>
        <Form.Item name="gdpYuan" label={t('accidentScreens.denominators.gdp')} extra={t('accidentScreens.denominators.gdpHelp')}>
          <InputNumber min={0.01} max={90_000_000} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="workers" label={t('accidentScreens.denominators.workers')} extra={t('accidentScreens.denominators.workersHelp')}>
          <InputNumber<number>
            min={1}
            max={100_000_000}
            precision={0}
            style={{ width: '100%' }}
            formatter={(v) => (v === undefined || v === null ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ','))}
            // An emptied field is "unknown" (null), not 0 clamped up to the minimum.
            parser={(v) => (v === undefined || v.trim() === '' ? (null as unknown as number) : Number(v.replace(/,/g, '')))}
          />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('accidentScreens.denominators.history')}</Typography.Text>
      <List
        size="small"
        loading={history.isPending}
        locale={{ emptyText: t('accidentScreens.denominators.noHistory') }}
        dataSource={history.data ?? []}
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('accidentScreens.denominators.changed', { by: c.actorName, time: formatCityTime(c.at), before: changeText(t, i18n.language, c.before), after: changeText(t, i18n.language, c.after) })}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Modal>
  );
}

/**
 * The denominators of the accident statistics' rates (GDP and workforce per region and year), by year: the city
 * and each district, what is filled in, and for the administrator an edit with the change history (audited).
 */
export function AccidentDenominatorsPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const denominators = useDenominators();
  const regions = useRegions();
  const [editing, setEditing] = useState<Row | null>(null);
  const canEdit = can(user, 'accidents.denominators');

  const thisYear = dayjs().year();
  const years = [...new Set([...Array.from({ length: 6 }, (_, i) => thisYear - i), ...(denominators.data ?? []).map((d) => d.year)])].sort((a, b) => b - a);
  const latest = (denominators.data ?? []).map((d) => d.year).sort((a, b) => b - a)[0];
  const year = Number(search.get('year')) || latest || thisYear - 1;

  const city = regions.data?.[0];
  const rows: Row[] = city
    ? [city, ...(city.children ?? [])].map((r) => ({ regionCode: r.code, name: r.name, denominator: denominators.data?.find((d) => d.regionCode === r.code && d.year === year) }))
    : [];
  const filled = rows.filter((r) => r.denominator && (r.denominator.gdpYuan !== null || r.denominator.workers !== null)).length;
  const notSet = <Typography.Text type="secondary">{t('accidentScreens.denominators.notSet')}</Typography.Text>;

  const columns: TableProps<Row>['columns'] = [
    { title: t('accidentScreens.denominators.region'), dataIndex: 'name', render: (name: string, row) => (row.regionCode === city?.code ? <strong>{name}</strong> : name) },
    { title: t('accidentScreens.denominators.gdp'), key: 'gdp', align: 'right', width: 200, render: (_, row) => gdpText(row.denominator?.gdpYuan, i18n.language) ?? notSet },
    { title: t('accidentScreens.denominators.workers'), key: 'workers', align: 'right', width: 180, render: (_, row) => (row.denominator?.workers == null ? notSet : row.denominator.workers.toLocaleString(i18n.language)) },
    { title: t('accidentScreens.denominators.updatedAt'), key: 'updatedAt', width: 160, render: (_, row) => (row.denominator ? formatCityTime(row.denominator.updatedAt) : '') },
    ...(canEdit
      ? [{ title: '', key: 'edit', width: 100, render: (_: unknown, row: Row) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} aria-label={`${t('accidentScreens.denominators.edit')} ${row.name}`}>{t('accidentScreens.denominators.edit')}</Button> }]
      : []),
  ];

  return (
    <PageContainer title={t('accidentScreens.denominators.title')} subtitle={t('accidentScreens.denominators.subtitle')}>
      {!canEdit && <Alert type="info" showIcon title={t('accidentScreens.denominators.readOnly')} />}
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <span>{t('accidentScreens.denominators.year')}</span>
          <Select<number>
            value={year}
            onChange={(y) => setSearch({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
            aria-label={t('accidentScreens.denominators.year')}
          />
          {rows.length > 0 && <Typography.Text type="secondary">{t('accidentScreens.denominators.configured', { count: filled, total: rows.length })}</Typography.Text>}
        </Flex>
      </Card>
      {denominators.isError ? (
        <QueryErrorAlert error={denominators.error} onRetry={() => void denominators.refetch()} />
      ) : (
        <Card size="small">
          <Table<Row>
            rowKey="regionCode"
            size="middle"
            loading={denominators.isPending || regions.isPending}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accidentScreens.denominators.notSet')} /> }}
          />
        </Card>
      )}
      {editing && <EditModal row={editing} year={year} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

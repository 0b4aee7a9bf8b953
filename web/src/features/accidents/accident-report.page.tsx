import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { cityWallClock, toCityDateTime } from '../hazards/hazard-time.ts';
import { IndustryTreeSelect, RegionTreeSelect } from '../organisations/classification-selects.tsx';
import { wanToYuan } from '../../../../core/shared/money.ts';
import { ACCIDENT_CATEGORIES } from './accident.types.ts';
import { useReportAccident } from './use-accidents.query.ts';

interface ReportValues {
  enterpriseId?: string;
  regionCode?: string;
  industryCode?: string;
  occurredAt: Dayjs;
  knownAt?: Dayjs;
  category: string;
  deaths: number;
  missing: number;
  seriousInjuries: number;
  minorInjuries: number;
  /** In 万元 on the form; sent as integer yuan. */
  directLossYuan: number;
  isRoadTraffic: boolean;
  isFire: boolean;
  description: string;
}

const FIELDS = ['enterpriseId', 'regionCode', 'industryCode', 'occurredAt', 'knownAt', 'category', 'deaths', 'missing', 'seriousInjuries', 'minorInjuries', 'directLossYuan', 'description'].map((f) => [f]);
const COUNTS = ['deaths', 'missing', 'seriousInjuries', 'minorInjuries'] as const;

/** 493号令 Art. 12: the report's content; grade and deadlines are computed by the server and shown on the detail page. */
export function AccidentReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSessionUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<ReportValues>();
  const report = useReportAccident();
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const own = user.role === 'enterprise';

  const submit = (v: ReportValues) => {
    report.mutate(
      {
        ...(own && user.enterpriseId ? { enterpriseId: user.enterpriseId } : v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        ...(v.regionCode ? { regionCode: v.regionCode } : {}),
        ...(v.industryCode ? { industryCode: v.industryCode } : {}),
        occurredAt: toCityDateTime(v.occurredAt),
        ...(v.knownAt ? { knownAt: toCityDateTime(v.knownAt) } : {}),
        category: v.category,
        deaths: v.deaths,
        missing: v.missing,
        seriousInjuries: v.seriousInjuries,
        minorInjuries: v.minorInjuries,
        directLossYuan: wanToYuan(v.directLossYuan),
        isRoadTraffic: v.isRoadTraffic,
        isFire: v.isFire,
        description: v.description,
      },
      {
        onSuccess: (created) => {
          void message.success(t('accidents.submitted'));
          void navigate(`/accidents/${created.id}`);
        },
        onError: (error) => showSubmitError(error, form, FIELDS, { t, notify: (text) => void message.error(text) }),
      },
    );
  };

  const needPlace = !own && !enterpriseId;
  return (
    <PageContainer title={t('accidents.reportTitle')}>
      <Card>
        <Form<ReportValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ occurredAt: cityWallClock(), deaths: 0, missing: 0, seriousInjuries: 0, minorInjuries: 0, directLossYuan: 0, isRoadTraffic: false, isFire: false }}
          style={{ maxWidth: 880 }}
        >
          <Row gutter={16}>
            {!own && (
              <Col xs={24} md={12}>
                <Form.Item name="enterpriseId" label={t('accidents.fields.enterprise')} extra={t('accidents.fields.noEnterprise')}>
                  <EnterpriseSelect />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={6}>
              <Form.Item name="regionCode" label={t('accidents.fields.region')} rules={[{ required: needPlace }]}>
                <RegionTreeSelect districtOrStreet allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="industryCode" label={t('accidents.fields.industry')} rules={[{ required: needPlace }]}>
                <IndustryTreeSelect allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="occurredAt" label={t('accidents.fields.occurredAt')} rules={[{ required: true }]}>
                <DateTimePicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="knownAt" label={t('accidents.fields.knownAt')}>
                <DateTimePicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="category" label={t('accidents.fields.category')} rules={[{ required: true }]}>
                <Select showSearch optionFilterProp="label" options={ACCIDENT_CATEGORIES.map((c) => ({ value: c, label: `${c} ${t(`accidents.category.${c}`)}` }))} />
              </Form.Item>
            </Col>
            {COUNTS.map((name) => (
              <Col xs={12} md={6} key={name}>
                <Form.Item name={name} label={t(`accidents.fields.${name}`)} rules={[{ required: true }]}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={8}>
              <Form.Item name="directLossYuan" label={t('accidents.fields.directLossYuan')} rules={[{ required: true }]}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="isRoadTraffic" valuePropName="checked" label=" ">
                <Checkbox>{t('accidents.fields.isRoadTraffic')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="isFire" valuePropName="checked" label=" ">
                <Checkbox>{t('accidents.fields.isFire')}</Checkbox>
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="description" label={t('accidents.fields.description')} rules={[{ required: true }]}>
                <Input.TextArea rows={4} maxLength={4000} showCount />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={report.isPending}>
            {t('accidents.report')}
          </Button>
        </Form>
      </Card>
    </PageContainer>
  );
}

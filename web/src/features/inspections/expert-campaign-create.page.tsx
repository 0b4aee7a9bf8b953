import type { TFunction } from 'i18next';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';
import { can } from '../../app/permissions.ts';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiErrorDetail } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { cityWallClock } from '../hazards/hazard-time.ts';
import { useChecklists } from '../investigations/use-investigations.query.ts';
import { KEY_INDUSTRIES, type KeyIndustry } from '../organisations/enterprise.types.ts';
import './expert-campaigns.texts.ts';
import { useCreateExpertCampaign, useExperts } from './use-expert-campaigns.query.ts';

interface CampaignValues {
  name: string;
  keyIndustry: KeyIndustry;
  period: [Dayjs, Dayjs];
  checklist?: string;
  assignments: { enterpriseId?: string; expertId?: string }[];
}

/** A 400's details on the form's fields; the dates are one range field here. */
export function campaignFieldErrors(t: TFunction, details: readonly ApiErrorDetail[]) {
  return details.map((d) => {
    const segments: (string | number)[] = d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const name = segments[0] === 'startDate' || segments[0] === 'endDate' ? ['period'] : segments;
    return { name, errors: [fieldErrorText(t, d)] };
  });
}

/** A department's regulator engages experts: the key industry, the period, a checklist, and who assesses whom. */
export function ExpertCampaignCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const allowed = can(user, 'expertCampaigns.create') && Boolean(user.departmentId);
  const [form] = Form.useForm<CampaignValues>();
  const keyIndustry = Form.useWatch('keyIndustry', form);
  const assignments = Form.useWatch('assignments', form);
  const enterpriseIds = [...new Set((assignments ?? []).map((a) => a?.enterpriseId).filter((id): id is string => Boolean(id)))];
  const checklists = useChecklists({ enterpriseIds });
  const experts = useExperts(allowed);
  const create = useCreateExpertCampaign();
  if (!allowed) return <ForbiddenPage />;
  const today = cityWallClock().startOf('day');
  const required = (text: string) => [{ required: true, message: text }];

  const submit = async (v: CampaignValues) => {
    try {
      const created = await create.mutateAsync({
        name: v.name.trim(),
        keyIndustry: v.keyIndustry,
        startDate: v.period[0].format('YYYY-MM-DD'),
        endDate: v.period[1].format('YYYY-MM-DD'),
        ...(v.checklist ? { checklist: v.checklist } : {}),
        assignments: v.assignments.map((a) => ({ enterpriseId: a.enterpriseId ?? '', expertId: a.expertId ?? '' })),
      });
      void message.success(t('expertCampaigns.form.created', { count: created.assignments.length }));
      await navigate(`/inspections/expert-campaigns/${created.id}`);
    } catch (error) {
      const details = (error as { details?: ApiErrorDetail[] }).details ?? [];
      type Fields = Parameters<typeof form.setFields>[0];
      if (details.length > 0) form.setFields(campaignFieldErrors(t, details).map((f) => ({ ...f, errors: f.errors.map((m) => t('hazard.validation.server', { message: m })) })) as Fields);
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <PageContainer title={t('expertCampaigns.form.title')} subtitle={t('expertCampaigns.form.subtitle')}>
      <Form<CampaignValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ period: [today, today.add(1, 'month')], assignments: [{}] }}
        scrollToFirstError
      >
        <Flex vertical gap={16}>
          <Card title={t('expertCampaigns.form.basic')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="name" label={t('expertCampaigns.fields.name')} rules={required(t('expertCampaigns.form.required.name'))}>
                  <Input maxLength={200} placeholder={t('expertCampaigns.form.namePlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="keyIndustry" label={t('expertCampaigns.fields.keyIndustry')} rules={required(t('expertCampaigns.form.required.keyIndustry'))}>
                  <Select options={KEY_INDUSTRIES.map((k) => ({ value: k, label: t(`keyIndustries.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="period" label={t('expertCampaigns.fields.dates')} rules={required(t('expertCampaigns.form.required.dates'))}>
                  <DatePicker.RangePicker allowClear={false} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="checklist" label={t('expertCampaigns.fields.checklist')} extra={enterpriseIds.length > 0 ? t('expertCampaigns.form.checklistHint') : undefined}>
                  <Select
                    allowClear
                    loading={checklists.isFetching}
                    placeholder={t('expertCampaigns.fields.noChecklist')}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(checklists.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={t('expertCampaigns.form.assignments')}>
            <Form.List name="assignments" rules={[{ validator: async (_r, list?: unknown[]) => { if (!list?.length) throw new Error(t('expertCampaigns.form.required.assignments')); } }]}>
              {(fields, { add, remove }, { errors }) => (
                <Flex vertical gap={4}>
                  {fields.map((field) => (
                    <Row key={field.key} gutter={12} align="top" data-testid="assignment-row">
                      <Col xs={24} md={13}>
                        <Form.Item name={[field.name, 'enterpriseId']} rules={required(t('expertCampaigns.form.required.enterprise'))}>
                          {keyIndustry ? <EnterpriseSelect keyIndustry={keyIndustry} /> : <Select disabled placeholder={t('expertCampaigns.form.chooseIndustryFirst')} />}
                        </Form.Item>
                      </Col>
                      <Col xs={20} md={9}>
                        <Form.Item name={[field.name, 'expertId']} rules={required(t('expertCampaigns.form.required.expert'))}>
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            loading={experts.isPending}
                            placeholder={t('expertCampaigns.form.expertPlaceholder')}
                            options={(experts.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={4} md={2}>
                        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('expertCampaigns.report.removeFinding')} onClick={() => remove(field.name)} />
                      </Col>
                    </Row>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('expertCampaigns.form.addAssignment')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate('/inspections?tab=experts')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="campaign-submit">
              {t('expertCampaigns.form.submit')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </PageContainer>
  );
}

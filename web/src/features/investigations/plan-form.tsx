import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Tag } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { cityWallClock } from '../hazards/hazard-time.ts';
import { IndustryTreeSelect } from '../organisations/classification-selects.tsx';
import { KEY_INDUSTRIES } from '../organisations/enterprise.types.ts';
import { useRegions } from '../organisations/use-regions.query.ts';
import { EnterpriseMultiSelect } from './enterprise-multi-select.tsx';
import { FREQUENCIES, type PlanCreate } from './investigation.types.ts';
import { PLAN_FIELDS, toPlanCreate, type PlanFormValues } from './plan-form-values.ts';
import './checklists.texts.ts';
import { useChecklists, type ChecklistOptionsFilter } from './use-investigations.query.ts';

interface PlanFormProps {
  /** An enterprise officer's plan covers their own enterprise only. */
  forEnterprise: boolean;
  /** That enterprise: the checklists offered are those with items for its industry. */
  ownEnterpriseId?: string | null;
  /** Values to start from, e.g. the checklist chosen in the library (`?checklist=`). */
  initialValues?: Partial<PlanFormValues>;
  onSubmit: (body: PlanCreate) => Promise<unknown>;
  onCancel: () => void;
}

function useDistrictOptions() {
  const regions = useRegions();
  return useMemo(() => {
    const options: { value: string; label: string }[] = [];
    const visit = (nodes: NonNullable<typeof regions.data>) => {
      for (const node of nodes) {
        if (node.level === 'district') options.push({ value: node.code, label: node.name });
        else if (node.children) visit(node.children);
      }
    };
    visit(regions.data ?? []);
    return options;
  }, [regions.data]);
}

/**
 * Which checklists to offer: those with an item for every enterprise the plan will cover, as the server checks
 * (an enterprise officer's own; the chosen ones; a filter's industry) — a list that does not apply is refused.
 */
export function checklistFilterOf(forEnterprise: boolean, ownEnterpriseId: string | null | undefined, values: Partial<PlanFormValues>): ChecklistOptionsFilter {
  if (forEnterprise) return ownEnterpriseId ? { enterpriseIds: [ownEnterpriseId] } : {};
  if (values.choice === 'filter') return values.industryCode ? { industryCode: values.industryCode } : {};
  return values.enterpriseIds?.length ? { enterpriseIds: values.enterpriseIds } : {};
}

export function PlanForm({ forEnterprise, ownEnterpriseId, initialValues, onSubmit, onCancel }: PlanFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const choice = Form.useWatch('choice', form);
  const enterpriseIds = Form.useWatch('enterpriseIds', form);
  const industryCode = Form.useWatch('industryCode', form);
  const filter = checklistFilterOf(forEnterprise, ownEnterpriseId, { choice, enterpriseIds, industryCode });
  const checklists = useChecklists(filter);
  const offered = checklists.isPlaceholderData ? undefined : checklists.data?.items;
  const chosen = Form.useWatch('checklist', form);
  // A list chosen before the enterprises changed may no longer fit them: say so on the field, and clear it.
  useEffect(() => {
    if (!offered || !chosen || offered.some((list) => list.id === chosen)) return;
    form.setFields([{ name: 'checklist', value: undefined, errors: [t('checklists.planForm.notFit')] }]);
  }, [offered, chosen, form, t]);
  const filtered = Boolean(filter.enterpriseIds ?? filter.industryCode);
  const districts = useDistrictOptions();
  const today = cityWallClock().startOf('day');

  const submit = async (values: PlanFormValues) => {
    try {
      await onSubmit(toPlanCreate(values, forEnterprise));
    } catch (error) {
      showSubmitError(error, form, PLAN_FIELDS, {
        serverMessage: (text) => t('hazard.validation.server', { message: text }),
        t,
        notify: (text) => void message.error(text),
      });
    }
  };
  const required = (message: string) => [{ required: true, message }];

  return (
    <Form<PlanFormValues>
      form={form}
      id="plan"
      layout="vertical"
      onFinish={(values) => void submit(values)}
      initialValues={{
        frequency: 'daily',
        startDate: today,
        endDate: today.add(3, 'month'),
        choice: 'explicit',
        keyAreas: [],
        ...initialValues,
      }}
      scrollToFirstError
    >
      <Card title={t('investigation.planForm.basic')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('investigation.fields.planName')} rules={required(t('investigation.planForm.required.name'))}>
              <Input maxLength={100} placeholder={t('investigation.planForm.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="checklist"
              label={t('investigation.fields.checklist')}
              rules={required(t('investigation.planForm.required.checklist'))}
              extra={filtered ? t(forEnterprise ? 'checklists.planForm.fitHintOwn' : 'checklists.planForm.fitHint') : undefined}
            >
              <Select
                data-testid="plan-checklist"
                loading={checklists.isFetching}
                notFoundContent={filtered && !checklists.isFetching ? t('checklists.planForm.none') : undefined}
                placeholder={t('investigation.planForm.checklistPlaceholder')}
                showSearch={{ optionFilterProp: 'title' }}
                options={(checklists.data?.items ?? []).map((list) => ({
                  value: list.id,
                  title: list.name,
                  label: (
                    <Flex gap={6} align="center" style={{ minWidth: 0 }}>
                      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{list.name}</span>
                      <Tag style={{ marginInlineEnd: 0, flex: 'none' }} color={list.builtIn ? 'blue' : 'default'}>
                        {list.builtIn
                          ? t('investigation.planForm.builtIn')
                          : t('investigation.planForm.itemCount', { count: list.items.length })}
                      </Tag>
                    </Flex>
                  ),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="keyAreas"
              label={t('investigation.fields.keyAreas')}
              rules={[{ required: true, type: 'array', min: 1, message: t('investigation.planForm.required.keyAreas') }]}
              extra={t('investigation.planForm.keyAreasHint')}
            >
              <Select mode="tags" open={false} suffixIcon={null} placeholder={t('investigation.planForm.keyAreasPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="frequency" label={t('investigation.fields.frequency')} rules={required(t('investigation.planForm.required.frequency'))}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={FREQUENCIES.map((value) => ({ value, label: t(`investigation.frequencies.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="startDate" label={t('investigation.fields.startDate')} rules={required(t('investigation.planForm.required.startDate'))}>
              <DatePicker inputReadOnly={false} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="endDate"
              label={t('investigation.fields.endDate')}
              dependencies={['startDate']}
              rules={[
                ...required(t('investigation.planForm.required.endDate')),
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: PlanFormValues['endDate'] | undefined) => {
                    const start = getFieldValue('startDate') as PlanFormValues['startDate'] | undefined;
                    if (value && start && value.isBefore(start, 'day')) throw new Error(t('investigation.planForm.endBeforeStart'));
                  },
                }),
              ]}
            >
              <DatePicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('investigation.planForm.enterprises')} style={{ marginTop: 16 }}>
        {forEnterprise ? (
          <Alert type="info" showIcon title={t('investigation.planForm.ownEnterprise')} />
        ) : (
          <>
            <Form.Item name="choice">
              <Radio.Group
                options={[
                  { value: 'explicit', label: t('investigation.planForm.byList') },
                  { value: 'filter', label: t('investigation.planForm.byFilter') },
                ]}
              />
            </Form.Item>
            {choice === 'filter' ? (
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="regionCodes" label={t('investigation.planForm.districts')}>
                    <Select
                      mode="multiple"
                      allowClear
                      options={districts}
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('investigation.planForm.allDistricts')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="industryCode" label={t('investigation.planForm.industry')}>
                    <IndustryTreeSelect allowClear placeholder={t('investigation.planForm.allIndustries')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="keyIndustry" label={t('investigation.planForm.keyIndustry')}>
                    <Select
                      allowClear
                      placeholder={t('investigation.planForm.anyKeyIndustry')}
                      options={KEY_INDUSTRIES.map((value) => ({ value, label: t(`keyIndustries.${value}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Alert type="info" showIcon title={t('investigation.planForm.filterHint')} />
                </Col>
              </Row>
            ) : (
              <Form.Item
                name="enterpriseIds"
                label={t('investigation.planForm.enterpriseList')}
                rules={[{ required: true, type: 'array', min: 1, message: t('investigation.planForm.required.enterpriseIds') }]}
              >
                <EnterpriseMultiSelect />
              </Form.Item>
            )}
          </>
        )}
      </Card>
      <Flex gap={8} justify="flex-end" style={{ marginTop: 16 }}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit">
          {t('investigation.planForm.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

import type { TFunction } from 'i18next';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';
import { can } from '../../app/permissions.ts';
import { App, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Result, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { canChangeChecklist } from '../../../../core/hazards/checklist-api.schema.ts';
import { phrasingOfText } from '../../../../core/hazards/checklists/checklist-phrasing.ts';
import { type ApiErrorDetail } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import type { ChecklistPhrasing } from './checklist-answers.ts';
import { IndustryScopeSelect } from './checklist-parts.tsx';
import './checklists.texts.ts';
import type { Checklist, ChecklistCreate } from './investigation.types.ts';
import { useChecklist, useSaveChecklist } from './use-checklist-library.query.ts';

interface ItemValues {
  content: string;
  phrasing: ChecklistPhrasing;
  legalBasis: { standard: string; article?: string; item?: string };
  isMajorCriterion: boolean;
}
interface ChecklistValues {
  name: string;
  industryScope?: string[];
  items: ItemValues[];
}

const PHRASINGS: ChecklistPhrasing[] = ['requirement', 'violation'];
const blankItem = (): Partial<ItemValues> => ({ phrasing: 'requirement', isMajorCriterion: false, legalBasis: { standard: '' } });

function valuesOf(checklist: Checklist, copy: boolean, copyName: (name: string) => string): ChecklistValues {
  return {
    name: copy ? copyName(checklist.name) : checklist.name,
    // A built-in list's scope is the law's, wider than a department may write for: let the default apply.
    ...(checklist.builtIn ? {} : { industryScope: checklist.industryScope }),
    items: checklist.items.map((i) => ({ content: i.content, phrasing: i.phrasing, legalBasis: { ...i.legalBasis }, isMajorCriterion: i.isMajorCriterion })),
  };
}

function bodyOf(values: ChecklistValues): ChecklistCreate {
  const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  return {
    name: values.name.trim(),
    ...(values.industryScope?.length ? { industryScope: values.industryScope } : {}),
    items: values.items.map((i) => ({
      content: i.content.trim(),
      phrasing: i.phrasing,
      isMajorCriterion: i.isMajorCriterion,
      legalBasis: {
        standard: i.legalBasis.standard.trim(),
        ...(opt(i.legalBasis.article) ? { article: opt(i.legalBasis.article) } : {}),
        ...(opt(i.legalBasis.item) ? { item: opt(i.legalBasis.item) } : {}),
      },
    })),
  };
}

/** A 400's details on the form's fields: `items.2.legalBasis.standard` → ['items', 2, 'legalBasis', 'standard']. */
export function checklistFieldErrors(t: TFunction, details: readonly ApiErrorDetail[]) {
  return details
    .filter((d) => /^(name|industryScope|items)/.test(d.path))
    .map((d) => {
      const segments: (string | number)[] = d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const name = segments[0] === 'industryScope' ? ['industryScope'] : segments;
      return { name, errors: [fieldErrorText(t, d)] };
    });
}

function ChecklistForm({ initial, editing }: { initial: ChecklistValues; editing?: Checklist }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChecklistValues>();
  const save = useSaveChecklist(editing?.id);
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  const submit = async (values: ChecklistValues) => {
    try {
      const saved = await save.mutateAsync(bodyOf(values));
      void message.success(t(editing ? 'checklists.form.updated' : 'checklists.form.created'));
      await navigate(`/checklists/${saved.id}`);
    } catch (error) {
      const details = (error as { details?: ApiErrorDetail[] }).details ?? [];
      const fields = checklistFieldErrors(t, details);
      if (fields.length > 0) {
        type Fields = Parameters<typeof form.setFields>[0];
        form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors.map((m) => t('hazard.validation.server', { message: m })) })) as Fields);
        form.scrollToField(fields[0]!.name as Fields[number]['name']);
      }
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <Form<ChecklistValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void submit(v)}
      onValuesChange={(changed: Partial<ChecklistValues>) => {
        // Until the author picks a phrasing, follow what the wording reads as.
        changed.items?.forEach((item, index) => {
          if (item?.content === undefined || form.isFieldTouched(['items', index, 'phrasing'])) return;
          form.setFieldValue(['items', index, 'phrasing'], phrasingOfText(item.content));
        });
      }}
      scrollToFirstError
    >
      <Flex vertical gap={16}>
        <Card title={t('checklists.form.basic')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('checklists.fields.name')} rules={required(t('checklists.form.required.name'))}>
                <Input maxLength={100} placeholder={t('checklists.form.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="industryScope" label={t('checklists.fields.industryScope')} extra={t('checklists.form.industryScopeHint')}>
                <IndustryScopeSelect placeholder={t('checklists.allIndustries')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('checklists.form.items')}>
          <Form.List name="items" rules={[{ validator: async (_r, items?: unknown[]) => { if (!items?.length) throw new Error(t('checklists.form.required.items')); } }]}>
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={12}>
                {fields.map((field, index) => (
                  <Card key={field.key} size="small" type="inner" data-testid="checklist-form-item"
                    title={`${index + 1}`}
                    extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('checklists.form.removeItem')} onClick={() => remove(field.name)} />}
                  >
                    <Row gutter={16}>
                      <Col span={24}>
                        <Form.Item name={[field.name, 'content']} label={t('checklists.fields.content')} rules={required(t('checklists.form.required.content'))}>
                          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('checklists.form.contentPlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={14}>
                        <Form.Item name={[field.name, 'phrasing']} label={t('checklists.fields.phrasing')}
                          extra={<PhrasingHelp name={field.name} />}
                        >
                          <Radio.Group optionType="button" options={PHRASINGS.map((p) => ({ value: p, label: t(`checklistAnswers.phrasing.${p}`) }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={10}>
                        <Form.Item name={[field.name, 'isMajorCriterion']} valuePropName="checked" label=" ">
                          <Checkbox>{t('checklists.fields.major')}</Checkbox>
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'legalBasis', 'standard']} label={t('checklists.fields.standard')} rules={required(t('checklists.form.required.standard'))}>
                          <Input maxLength={200} placeholder={t('checklists.form.standardPlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'legalBasis', 'article']} label={t('checklists.fields.article')}>
                          <Input maxLength={50} placeholder={t('checklists.form.articlePlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'legalBasis', 'item']} label={t('checklists.fields.item')}>
                          <Input maxLength={50} placeholder={t('checklists.form.itemPlaceholder')} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blankItem())} data-testid="add-checklist-item">
                  {t('checklists.form.addItem')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        <Flex gap={8} justify="flex-end">
          <Button onClick={() => void navigate(editing ? `/checklists/${editing.id}` : '/checklists')}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="checklist-submit">
            {t(editing ? 'checklists.form.submitEdit' : 'checklists.form.submitCreate')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}

/** What the chosen phrasing means for the answer, and what the wording reads as when they differ. */
function PhrasingHelp({ name }: { name: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ChecklistValues>();
  const phrasing = Form.useWatch(['items', name, 'phrasing'], form) as ChecklistPhrasing | undefined;
  const content = Form.useWatch(['items', name, 'content'], form) as string | undefined;
  const read = content?.trim() ? phrasingOfText(content) : undefined;
  return (
    <Flex vertical>
      {phrasing && <span>{t(`checklistAnswers.phrasingHelp.${phrasing}`)}</span>}
      {read && phrasing && read !== phrasing && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('checklists.form.phrasingSuggested', { phrasing: t(`checklistAnswers.phrasing.${read}`) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Writes a custom checklist (`/checklists/new`, `?from=<id>` to start from a copy) or edits one of one's own. */
export function ChecklistFormPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { id } = useParams();
  const [search] = useSearchParams();
  const from = search.get('from') ?? undefined;
  const source = useChecklist(id ?? from);
  const initial = useMemo(
    () =>
      source.data
        ? valuesOf(source.data, !id, (name) => t('checklists.form.copyOf', { name }))
        : ({ name: '', items: [blankItem()] } as ChecklistValues),
    [source.data, id, t],
  );
  const writer = can(user, 'checklists.write') && Boolean(user.departmentId ?? user.enterpriseId);
  if (!writer || (id && source.data && !canChangeChecklist(user, source.data))) return <ForbiddenPage />;
  const title = t(id ? 'checklists.form.editTitle' : 'checklists.form.createTitle');
  if ((id ?? from) && source.isPending) {
    return (
      <PageContainer title={title}>
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </PageContainer>
    );
  }
  if (id && source.data && (source.data.inUse || source.data.retiredAt)) {
    return (
      <PageContainer title={title}>
        <Card>
          <Result status="warning" title={t(source.data.retiredAt ? 'checklists.status.retired' : 'checklists.detail.inUseNote')} />
        </Card>
      </PageContainer>
    );
  }
  return (
    <PageContainer title={title} subtitle={source.data && !id ? source.data.name : undefined}>
      <ChecklistForm key={source.data?.id ?? 'new'} initial={initial} {...(id && source.data ? { editing: source.data } : {})} />
    </PageContainer>
  );
}

import { App, Checkbox, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_DOMAINS, WEBHOOK_EVENTS_BY_DOMAIN } from '../../../../core/webhooks/webhook-events.ts';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { WebhookScopeFields } from './scope-fields.tsx';
import { useCreateWebhook, useUpdateWebhook, type Webhook, type WebhookEvent, type WebhookInput } from './use-sharing.queries.ts';
import './sharing.texts.ts';

const FIELDS = [['url'], ['events'], ['regionCodes'], ['industryCodes'], ['enterpriseId']] as const;

/** What the form sends: repeats dropped, an emptied enterprise as null. */
export function webhookInputOf(values: WebhookInput): WebhookInput {
  return {
    url: values.url.trim(),
    events: [...new Set(values.events)],
    regionCodes: [...new Set(values.regionCodes ?? [])],
    industryCodes: [...new Set(values.industryCodes ?? [])],
    enterpriseId: values.enterpriseId ?? null,
  };
}

/** Events as checkboxes, grouped by domain. */
function EventsField({ value = [], onChange }: { value?: WebhookEvent[]; onChange?: (value: WebhookEvent[]) => void }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 8]}>
      {WEBHOOK_DOMAINS.map((domain) => (
        <Col key={domain} xs={24} sm={12}>
          <Typography.Text strong>{t(`sharing.domains.${domain}`)}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }}
            value={value.filter((e) => (WEBHOOK_EVENTS_BY_DOMAIN[domain] as readonly string[]).includes(e))}
            onChange={(checked) => onChange?.([...value.filter((e) => !(WEBHOOK_EVENTS_BY_DOMAIN[domain] as readonly string[]).includes(e)), ...(checked as WebhookEvent[])])}
            options={WEBHOOK_EVENTS_BY_DOMAIN[domain].map((event) => ({ value: event, label: t(`sharing.events.${event}`) }))}
          />
        </Col>
      ))}
    </Row>
  );
}

/**
 * Creates a webhook (the server answers with its secret, which the caller shows once) or edits one. A 400's
 * details land on their fields (`regionCodes.1` on the districts).
 */
export function WebhookFormModal({ webhook, onClose, onCreated }: { webhook: Webhook | null; onClose: () => void; onCreated: (created: Webhook) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WebhookInput>();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const pending = create.isPending || update.isPending;

  const failed = (error: unknown) =>
    showSubmitError(error, form, FIELDS, { t, notify: (text) => void message.error(text) });

  const submit = (values: WebhookInput) => {
    const input = webhookInputOf(values);
    if (webhook) update.mutate({ id: webhook.id, changes: input }, { onSuccess: () => (void message.success(t('sharing.webhooks.saved')), onClose()), onError: failed });
    else create.mutate(input, { onSuccess: (created) => onCreated(created), onError: failed });
  };

  return (
    <Modal
      open
      title={t(webhook ? 'sharing.webhooks.editTitle' : 'sharing.webhooks.createTitle')}
      okText={t(webhook ? 'common.save' : 'common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={720}
    >
      <Form<WebhookInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="webhook-form"
        initialValues={
          webhook
            ? { url: webhook.url, events: webhook.events, regionCodes: webhook.regionCodes, industryCodes: webhook.industryCodes, enterpriseId: webhook.enterpriseId }
            : { url: '', events: [], regionCodes: [], industryCodes: [], enterpriseId: null }
        }
      >
        <Form.Item
          name="url"
          label={t('sharing.webhooks.fields.url')}
          extra={t('sharing.webhooks.urlHelp')}
          rules={[{ required: true, whitespace: true, pattern: /^https?:\/\/\S+$/, message: t('sharing.webhooks.urlRequired') }]}
        >
          <Input maxLength={2000} placeholder="https://" />
        </Form.Item>
        <Form.Item name="events" label={t('sharing.webhooks.fields.events')} rules={[{ required: true, type: 'array', min: 1, message: t('sharing.webhooks.eventsRequired') }]}>
          <EventsField />
        </Form.Item>
        <Typography.Title level={5}>{t('sharing.scope.title')}</Typography.Title>
        <WebhookScopeFields />
      </Form>
    </Modal>
  );
}

import { Alert, App, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { feedDomainSchema } from '../../../../core/partners/partner.schema.ts';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { DistrictsSelect, IndustriesSelect, useDistrictOptions } from './scope-fields.tsx';
import { useIssuePartnerClient, useUpdatePartnerClient, type PartnerClient, type PartnerClientInput } from './use-sharing.queries.ts';
import './sharing.texts.ts';

const FIELDS = [['name'], ['domains'], ['regionCodes'], ['industryCodes'], ['requestsPerMinute']] as const;

/** What the form sends: a trimmed name, no repeats. */
export function partnerClientInputOf(values: PartnerClientInput): PartnerClientInput {
  return {
    name: values.name.trim(),
    domains: [...new Set(values.domains)],
    regionCodes: [...new Set(values.regionCodes)],
    industryCodes: [...new Set(values.industryCodes)],
    requestsPerMinute: values.requestsPerMinute,
  };
}

/** Issues credentials (the caller shows the secret once) or edits an active client's feeds, scope and rate. */
export function PartnerClientFormModal({ client, onClose, onIssued }: { client: PartnerClient | null; onClose: () => void; onIssued: (issued: PartnerClient) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PartnerClientInput>();
  const issue = useIssuePartnerClient();
  const update = useUpdatePartnerClient();
  const districts = useDistrictOptions();
  const city = districts.options[0]?.value;

  const failed = (error: unknown) =>
    showSubmitError(error, form, FIELDS, { t, notify: (text) => void message.error(text) });

  const submit = (values: PartnerClientInput) => {
    const input = partnerClientInputOf(values);
    if (client) update.mutate({ id: client.id, changes: input }, { onSuccess: () => (void message.success(t('sharing.partners.saved')), onClose()), onError: failed });
    else issue.mutate(input, { onSuccess: onIssued, onError: failed });
  };

  return (
    <Modal
      open
      title={t(client ? 'sharing.partners.editTitle' : 'sharing.partners.createTitle')}
      okText={t(client ? 'common.save' : 'sharing.partners.create')}
      cancelText={t('common.cancel')}
      confirmLoading={issue.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      <Alert type="info" showIcon title={t('sharing.partners.readOnly')} style={{ marginBottom: 16 }} />
      <Form<PartnerClientInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="partner-client-form"
        initialValues={
          client
            ? { name: client.name, domains: client.domains, regionCodes: client.regionCodes, industryCodes: client.industryCodes, requestsPerMinute: client.requestsPerMinute }
            : { name: '', domains: [], regionCodes: city ? [city] : [], industryCodes: [], requestsPerMinute: 60 }
        }
      >
        <Form.Item name="name" label={t('sharing.partners.fields.name')} rules={[{ required: true, whitespace: true, message: t('sharing.partners.nameRequired') }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="domains" label={t('sharing.partners.fields.domains')} rules={[{ required: true, type: 'array', min: 1, message: t('sharing.partners.domainsRequired') }]}>
          <Checkbox.Group options={feedDomainSchema.options.map((d) => ({ value: d, label: t(`sharing.domains.${d}`) }))} />
        </Form.Item>
        <Form.Item name="regionCodes" label={t('sharing.scope.regions')} rules={[{ required: true, type: 'array', min: 1, message: t('sharing.partners.regionsRequired') }]}>
          <DistrictsSelect />
        </Form.Item>
        <Form.Item
          name="industryCodes"
          label={t('sharing.scope.industries')}
          extra={t('sharing.scope.industriesHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('sharing.partners.industriesRequired') }]}
        >
          <IndustriesSelect />
        </Form.Item>
        <Form.Item name="requestsPerMinute" label={t('sharing.partners.fields.rate')} rules={[{ required: true }]}>
          <InputNumber min={1} max={6000} precision={0} suffix={t('sharing.partners.rateUnit')} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

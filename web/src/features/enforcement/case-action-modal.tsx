import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/api-error-text.ts';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { cityWallClock } from '../hazards/hazard-time.ts';
import { bodyOf, type Values } from './case-action-values.ts';
import './penalty-cases.texts.ts';
import { useCaseAction, type CaseAction } from './use-penalty-cases.query.ts';

function PenaltyFields() {
  const { t } = useTranslation();
  const tiers = ['minor', 'general', 'serious', 'severe'] as const;
  const reasons = ['lighter', 'mitigated', 'heavier'] as const;
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item name={['penalty', 'tier']} label={t('penaltyCases.form.tier')} rules={[{ required: true }]} style={{ width: 160 }}>
          <Select options={tiers.map((x) => ({ value: x, label: t(`penaltyCases.form.tiers.${x}`) }))} />
        </Form.Item>
        <Form.Item name={['penalty', 'unitFineYuan']} label={t('penaltyCases.form.unitFine')} style={{ width: 200 }}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.List name={['penalty', 'persons']}>
        {(fields, { add, remove }) => (
          <Form.Item label={t('penaltyCases.form.personFines')}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                  <Input placeholder={t('penaltyCases.form.personName')} />
                </Form.Item>
                <Form.Item name={[field.name, 'fineYuan']} rules={[{ required: true }]}>
                  <InputNumber min={1} precision={0} placeholder={t('penaltyCases.form.fineYuan')} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('penaltyCases.form.addPerson')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Flex gap={12} wrap>
        <Form.Item name={['penalty', 'reasonKind']} label={t('penaltyCases.form.reasonKind')} style={{ width: 200 }}>
          <Select allowClear options={reasons.map((x) => ({ value: x, label: t(`penaltyCases.form.reasonKinds.${x}`) }))} />
        </Form.Item>
        <Form.Item name={['penalty', 'reason']} label={t('penaltyCases.form.reason')} style={{ flex: 1, minWidth: 240 }}>
          <Input.TextArea rows={1} />
        </Form.Item>
      </Flex>
    </>
  );
}

function TextField({ name, label, required = true, rows = 3 }: { name: string; label: string; required?: boolean; rows?: number }) {
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
      <Input.TextArea rows={rows} />
    </Form.Item>
  );
}

function fieldsOf(action: CaseAction, t: (key: string) => string): ReactNode {
  const date = (
    <Form.Item name="date" label={t('penaltyCases.form.date')} rules={[{ required: true }]}>
      <DatePicker />
    </Form.Item>
  );
  switch (action) {
    case 'approve_filing':
      return <TextField name="comment" label={t('penaltyCases.form.comment')} required={false} rows={2} />;
    case 'record_evidence':
      return (
        <>
          <Form.Item name="kind" label={t('penaltyCases.form.kind')} rules={[{ required: true }]}>
            <Select options={(['inquiry', 'photo', 'sample', 'record'] as const).map((k) => ({ value: k, label: t(`penaltyCases.form.evidenceKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="takenAt" label={t('penaltyCases.form.takenAt')} rules={[{ required: true }]}>
            <DateTimePicker />
          </Form.Item>
          <TextField name="description" label={t('penaltyCases.form.description')} />
          <Form.List name="officers">
            {(fields, { add, remove }) => (
              <Form.Item label={t('penaltyCases.form.officers')}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                      <Input placeholder={t('penaltyCases.form.officerName')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'certificateNo']} rules={[{ required: true }]}>
                      <Input placeholder={t('penaltyCases.form.certificateNo')} />
                    </Form.Item>
                    {fields.length > 2 ? <MinusCircleOutlined onClick={() => remove(field.name)} /> : null}
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('penaltyCases.form.addOfficer')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
        </>
      );
    case 'serve_notice':
      return (
        <>
          <Flex gap={12} wrap>
            {date}
            <Form.Item name="method" label={t('penaltyCases.form.method')} style={{ width: 200 }}>
              <Input />
            </Form.Item>
            <Form.Item name="recipient" label={t('penaltyCases.form.recipient')} style={{ width: 200 }}>
              <Input />
            </Form.Item>
          </Flex>
          <TextField name="facts" label={t('penaltyCases.form.facts')} />
          <PenaltyFields />
        </>
      );
    case 'request_hearing':
    case 'waive_hearing':
      return (
        <>
          {date}
          <TextField name="comment" label={t('penaltyCases.form.comment')} required={false} rows={2} />
        </>
      );
    case 'record_hearing':
      return (
        <>
          {date}
          <TextField name="summary" label={t('penaltyCases.form.summary')} />
        </>
      );
    case 'decide':
      return (
        <>
          {date}
          <TextField name="facts" label={t('penaltyCases.form.facts')} />
          <TextField name="evidence" label={t('penaltyCases.form.evidence')} />
          <Form.List name="basis">
            {(fields, { add, remove }) => (
              <Form.Item label={t('penaltyCases.form.basisLaw')}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'law']} rules={[{ required: true }]}>
                      <Input placeholder={t('penaltyCases.form.basisLaw')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'article']} rules={[{ required: true }]}>
                      <InputNumber min={1} precision={0} placeholder={t('penaltyCases.form.basisArticle')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'item']}>
                      <InputNumber min={1} precision={0} placeholder={t('penaltyCases.form.basisItem')} />
                    </Form.Item>
                    {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(field.name)} /> : null}
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ law: '安全生产法' })}>
                  {t('penaltyCases.form.addLine')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <PenaltyFields />
        </>
      );
    case 'serve_decision':
      return (
        <>
          {date}
          <Form.Item name="method" label={t('penaltyCases.form.method')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="recipient" label={t('penaltyCases.form.recipient')}>
            <Input />
          </Form.Item>
        </>
      );
    case 'record_payment':
      return (
        <>
          {date}
          <Form.Item name="amountYuan" label={t('penaltyCases.form.amountYuan')} rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,2})?$/ }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="receiptNo" label={t('penaltyCases.form.receiptNo')}>
            <Input />
          </Form.Item>
        </>
      );
    case 'arrange_payment':
      return (
        <>
          <Form.Item name="kind" label={t('penaltyCases.form.arrangementKind')} rules={[{ required: true }]}>
            <Select options={(['deferral', 'instalments'] as const).map((k) => ({ value: k, label: t(`penaltyCases.form.arrangementKinds.${k}`) }))} />
          </Form.Item>
          <Form.List name="schedule">
            {(fields, { add, remove }) => (
              <Form.Item label={t('penaltyCases.form.schedule')}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true }]}>
                      <DatePicker />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amountYuan']} rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,2})?$/ }]}>
                      <Input inputMode="decimal" placeholder={t('penaltyCases.form.amountYuan')} />
                    </Form.Item>
                    {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(field.name)} /> : null}
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('penaltyCases.form.addLine')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <TextField name="reason" label={t('penaltyCases.form.reason')} />
        </>
      );
    case 'close':
      return (
        <>
          <Form.Item name="outcome" label={t('penaltyCases.form.outcome')} rules={[{ required: true }]}>
            <Select options={(['paid', 'court_enforcement', 'other'] as const).map((k) => ({ value: k, label: t(`penaltyCases.form.outcomes.${k}`) }))} />
          </Form.Item>
          <TextField name="comment" label={t('penaltyCases.form.comment')} required={false} rows={2} />
        </>
      );
    case 'no_penalty':
    case 'withdraw':
      return <TextField name="reason" label={t('penaltyCases.form.reason')} />;
    case 'transfer':
      return (
        <>
          <Form.Item name="to" label={t('penaltyCases.form.to')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <TextField name="reason" label={t('penaltyCases.form.reason')} />
        </>
      );
  }
}

const INITIAL: Partial<Record<CaseAction, () => Values>> = {
  record_evidence: () => ({ officers: [{}, {}], takenAt: cityWallClock() }),
  decide: () => ({ basis: [{ law: '安全生产法' }] }),
  arrange_payment: () => ({ schedule: [{}] }),
};

/** One form per action (as the hazards' action modal): the server decides and says why not, in the user's language. */
export function CaseActionModal({ caseId, action, onClose }: { caseId: string; action: CaseAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const act = useCaseAction(caseId);
  const submit = (values: Values) => {
    if (!action) return;
    act.mutate(
      { action, body: bodyOf(action, values) },
      {
        onSuccess: () => {
          void message.success(t('penaltyCases.form.done'));
          onClose();
        },
        onError: (error) => void message.error(apiErrorText(t, error)),
      },
    );
  };
  return (
    <Modal open={action !== null} title={action ? t(`penaltyCases.actions.${action}`) : ''} onCancel={onClose} onOk={() => form.submit()} confirmLoading={act.isPending} destroyOnHidden width={720}>
      {action ? (
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={INITIAL[action]?.() ?? {}}>
          {fieldsOf(action, t as unknown as (key: string) => string)}
        </Form>
      ) : null}
    </Modal>
  );
}

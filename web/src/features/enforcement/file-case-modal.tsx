import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorText } from '../../app/api-error-text.ts';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { toCityDate } from '../hazards/hazard-time.ts';
import './penalty-cases.texts.ts';
import { useEnterpriseBenchmarks, useFileCase } from './use-penalty-cases.query.ts';

interface FileValues {
  enterpriseId?: string;
  violationCode?: string;
  sourceKind?: string;
  sourceNote?: string;
  persons?: { name: string; role: string }[];
  summary?: string;
  filedOn?: Dayjs;
}

const SOURCES = ['public_report', 'transfer', 'inspection_finding', 'reinspection_order', 'accident'] as const;
const PERSON_ROLES = ['principal', 'manager', 'other'] as const;

/** 立案: the party, the violation type of the benchmarks in force for it, the source, persons and summary. */
export function FileCaseModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FileValues>();
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const benchmarks = useEnterpriseBenchmarks(enterpriseId);
  const file = useFileCase();
  const submit = (v: FileValues) =>
    file.mutate(
      {
        enterpriseId: v.enterpriseId,
        violationCode: v.violationCode,
        source: { kind: v.sourceKind, ...(v.sourceNote ? { note: v.sourceNote } : {}) },
        persons: v.persons ?? [],
        summary: v.summary,
        filedOn: v.filedOn ? toCityDate(v.filedOn) : undefined,
      },
      {
        onSuccess: (created) => {
          onClose();
          void navigate(`/penalty-cases/${created.id}`);
        },
        onError: (error) => void message.error(apiErrorText(t, error)),
      },
    );
  return (
    <Modal open={open} title={t('penaltyCases.fileCase')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={file.isPending} destroyOnHidden width={720}>
      <Form<FileValues> form={form} layout="vertical" onFinish={submit} initialValues={{ filedOn: dayjs(), sourceKind: 'public_report', persons: [] }}>
        <Form.Item name="enterpriseId" label={t('penaltyCases.fields.enterprise')} rules={[{ required: true }]}>
          <EnterpriseSelect />
        </Form.Item>
        <Form.Item name="violationCode" label={t('penaltyCases.fields.violation')} rules={[{ required: true }]}>
          <Select
            disabled={!enterpriseId}
            loading={benchmarks.isLoading}
            options={(benchmarks.data?.benchmarks ?? []).map((b) => ({ value: b.code, label: `${b.title}（${b.penalising.law}第${b.penalising.article}条）` }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="sourceKind" label={t('penaltyCases.fields.source')} rules={[{ required: true }]} style={{ width: 200 }}>
            <Select options={SOURCES.map((s) => ({ value: s, label: t(`penaltyCases.sources.${s}`) }))} />
          </Form.Item>
          <Form.Item name="sourceNote" label={t('penaltyCases.form.sourceNote')} style={{ flex: 1, minWidth: 240 }}>
            <Input />
          </Form.Item>
          <Form.Item name="filedOn" label={t('penaltyCases.fields.filedOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.List name="persons">
          {(fields, { add, remove }) => (
            <Form.Item label={t('penaltyCases.fields.persons')}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('penaltyCases.form.personName')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true }]} initialValue="principal">
                    <Select style={{ width: 160 }} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`penaltyCases.personRoles.${r}`) }))} />
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
        <Form.Item name="summary" label={t('penaltyCases.fields.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Modal, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors } from '../../app/use-server-field-errors.ts';
import type { InspectionPlan } from './inspection.types.ts';
import { useCreatePlan, useInspectionPlans } from './use-inspections.query.ts';
import './inspections.texts.ts';

interface PlanValues {
  year: number;
  name: string;
  plannedCount: number;
  keyPoints?: string;
}

export function PlanPanel({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const plans = useInspectionPlans();
  const create = useCreatePlan();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlanValues>();
  const failure = useServerFieldErrors(form);
  const columns: TableProps<InspectionPlan>['columns'] = [
    { title: t('inspections.plans.year'), dataIndex: 'year', width: 80 },
    { title: t('inspections.plans.name'), dataIndex: 'name' },
    { title: t('inspections.fields.department'), dataIndex: 'departmentName', width: 200 },
    { title: t('inspections.plans.plannedCount'), dataIndex: 'plannedCount', width: 120, align: 'right' },
    { title: t('inspections.plans.draws'), dataIndex: 'drawCount', width: 100, align: 'right' },
    { title: t('inspections.plans.inspections'), dataIndex: 'inspectionCount', width: 100, align: 'right' },
  ];
  const submit = async (values: PlanValues) => {
    failure.clear();
    try {
      await create.mutateAsync(values);
    } catch (error) {
      failure.report(error);
      return;
    }
    setOpen(false);
    form.resetFields();
    void message.success(t('inspections.plans.submit'));
  };
  return (
    <Card
      title={t('inspections.tabs.plans')}
      extra={canCreate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>{t('inspections.plans.new')}</Button>}
      styles={{ body: { padding: '8px 16px 0' } }}
    >
      {plans.isError && <QueryErrorAlert error={plans.error} />}
      <Table<InspectionPlan> rowKey="id" size="middle" columns={columns} dataSource={plans.data?.items ?? []} loading={plans.isFetching} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: t('inspections.plans.empty') }} />
      <Modal open={open} title={t('inspections.plans.new')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t('inspections.plans.submit')}>
        <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear(), plannedCount: 20 }} onFinish={(v) => void submit(v)}>
          <Form.Item name="year" label={t('inspections.plans.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="name" label={t('inspections.plans.name')} rules={[{ required: true, message: t('inspections.form.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="plannedCount" label={t('inspections.plans.plannedCount')} rules={[{ required: true }]}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="keyPoints" label={t('inspections.plans.keyPoints')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <SubmitErrorAlert state={failure.state} style={{ marginBottom: 0 }} />
        </Form>
      </Modal>
    </Card>
  );
}

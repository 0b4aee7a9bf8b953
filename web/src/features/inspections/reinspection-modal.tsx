import { App, Form, Input, Modal, Radio, Typography, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors } from '../../app/use-server-field-errors.ts';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { cityWallClock, toCityDateTime } from '../hazards/hazard-time.ts';
import { REINSPECTION_RESULTS, type DocumentSummary, type InspectionDetail, type ReinspectionResult } from './inspection.types.ts';
import { inspectionFieldErrors } from './inspection-form-errors.ts';
import { useCreateInspection } from './use-inspections.query.ts';
import './inspections.texts.ts';

interface Values {
  place: string;
  startedAt: dayjs.Dayjs;
  endedAt: dayjs.Dayjs;
  results: { result: ReinspectionResult; note?: string }[];
}

/** 整改复查 of an order: one result per line of the order; the same officers by default. */
export function ReinspectionModal({ order, inspection, onClose }: { order: DocumentSummary; inspection: InspectionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateInspection('/inspections/re-inspections');
  const [form] = Form.useForm<Values>();
  const failure = useServerFieldErrors(form, inspectionFieldErrors(t));
  const now = cityWallClock().second(0).millisecond(0);
  const submit = async (v: Values) => {
    failure.clear();
    let created;
    try {
      created = await create.mutateAsync({
        orderDocumentId: order.id,
        place: v.place,
        startedAt: toCityDateTime(v.startedAt),
        endedAt: toCityDateTime(v.endedAt),
        participants: inspection.participants.map((p) => ({ side: p.side, name: p.name, ...(p.title ? { title: p.title } : {}), ...(p.certificateNo ? { certificateNo: p.certificateNo } : {}) })),
        results: inspection.findings.map((f, i) => ({ findingId: f.id, result: v.results[i]!.result, note: v.results[i]!.note ?? '' })),
      });
    } catch (error) {
      failure.report(error);
      return;
    }
    void message.success(t('inspections.reinspection.done'));
    onClose();
    void navigate(`/inspections/${created.id}`);
  };
  return (
    <Modal open title={t('inspections.reinspection.title', { number: order.number })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t('inspections.reinspection.submit')} width={720} okButtonProps={{ 'data-testid': 'reinspection-submit' } as ButtonProps}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ place: inspection.place, startedAt: now.subtract(1, 'hour'), endedAt: now, results: inspection.findings.map(() => ({ result: 'rectified' })) }}
      >
        <Form.Item name="place" label={t('inspections.fields.place')} rules={[{ required: true, message: t('inspections.form.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startedAt" label={t('inspections.fields.startedAt')} rules={[{ required: true }]}>
          <DateTimePicker />
        </Form.Item>
        <Form.Item name="endedAt" label={t('inspections.fields.endedAt')} rules={[{ required: true }]}>
          <DateTimePicker />
        </Form.Item>
        {inspection.findings.map((f, i) => (
          <div key={f.id} data-testid="reinspection-item">
            <Typography.Text strong>{i + 1}. {f.checkItem}</Typography.Text>
            <Form.Item name={['results', i, 'result']} style={{ marginBottom: 4 }}>
              <Radio.Group options={REINSPECTION_RESULTS.map((r) => ({ value: r, label: t(`inspections.reinspection.results.${r}`) }))} />
            </Form.Item>
            <Form.Item name={['results', i, 'note']}>
              <Input placeholder={t('inspections.fields.description')} maxLength={2000} />
            </Form.Item>
          </div>
        ))}
        <SubmitErrorAlert state={failure.state} style={{ marginBottom: 0 }} />
      </Form>
    </Modal>
  );
}

import { Alert, DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors, type FieldName } from '../../app/use-server-field-errors.ts';
import type { DocumentKind, DocumentSummary, InspectionDetail } from './inspection.types.ts';
import { inspectionFieldMessage } from './inspection-form-errors.ts';
import { useIssueDocument, type DocumentIssueBody } from './use-inspections.query.ts';
import './inspections.texts.ts';

interface IssueValues {
  lines?: { deadline?: Dayjs | null }[];
  safetyMeasures?: string;
  opinion?: string;
}

const DATE = 'YYYY-MM-DD';

/** The line deadlines that differ from the inspection's: only these are sent, so a correction moves only their hazards. */
export function changedDeadlines(findings: readonly Pick<InspectionDetail['findings'][number], 'id' | 'deadline'>[], lines: IssueValues['lines']): { findingId: string; deadline: string | null }[] {
  return findings.flatMap((f, i) => {
    const value = lines?.[i]?.deadline;
    const deadline = value ? value.format(DATE) : null;
    return deadline === f.deadline ? [] : [{ findingId: f.id, deadline }];
  });
}

/**
 * Issuing a document (or its correction). An order lists its lines with their deadlines, editable: each becomes
 * the deadline of its finding's hazard (server/inspections/document.service.ts). A refusal marks the line's field.
 */
export function DocumentIssueModal({ inspection, asking, onClose, onIssued }: {
  inspection: InspectionDetail;
  asking: { kind: DocumentKind; correctsId?: string };
  onClose: () => void;
  onIssued: (doc: DocumentSummary) => void;
}) {
  const { t } = useTranslation();
  const issue = useIssueDocument(inspection.id);
  const [form] = Form.useForm<IssueValues>();
  const order = asking.kind === 'rectification_order';
  // The API numbers `deadlines` as sent (changed lines only); the form by the order's lines.
  const sent = useRef<string[]>([]);
  const failure = useServerFieldErrors(form, {
    rename: (segments: FieldName) => {
      if (segments[0] !== 'deadlines' || typeof segments[1] !== 'number') return undefined;
      const line = inspection.findings.findIndex((f) => f.id === sent.current[segments[1] as number]);
      return line >= 0 ? ['lines', line, 'deadline'] : undefined;
    },
    message: (detail, field) => inspectionFieldMessage(t, detail, field),
  });

  const send = async (v: IssueValues) => {
    failure.clear();
    const deadlines = order ? changedDeadlines(inspection.findings, v.lines) : [];
    sent.current = deadlines.map((d) => d.findingId);
    const body: DocumentIssueBody = {
      kind: asking.kind,
      ...(asking.correctsId ? { correctsId: asking.correctsId } : {}),
      ...(order && v.safetyMeasures?.trim() ? { safetyMeasures: v.safetyMeasures.trim() } : {}),
      ...(asking.kind === 'reinspection_opinion' && v.opinion?.trim() ? { opinion: v.opinion.trim() } : {}),
      ...(deadlines.length > 0 ? { deadlines } : {}),
    };
    try {
      onIssued(await issue.mutateAsync(body));
    } catch (error) {
      failure.report(error);
    }
  };

  return (
    <Modal
      open
      title={t('inspections.documents.issue', { kind: t(`inspections.documents.kinds.${asking.kind}`) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={issue.isPending}
      okButtonProps={{ 'data-testid': 'issue-confirm' } as ButtonProps}
      width={order ? 640 : 520}
      destroyOnHidden
    >
      <Form<IssueValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void send(v)}
        initialValues={{ lines: inspection.findings.map((f) => ({ deadline: f.deadline ? dayjs(f.deadline, DATE) : null })) }}
      >
        {asking.correctsId && <Alert type="warning" showIcon title={t('inspections.documents.correctionHint')} style={{ marginBottom: 12 }} />}
        {order && (
          <>
            <Typography.Text strong>{t('inspections.documents.lines')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>{t('inspections.documents.linesHint')}</Typography.Paragraph>
            {inspection.findings.map((f, i) => (
              <Form.Item
                key={f.id}
                name={['lines', i, 'deadline']}
                label={`${i + 1}. ${f.checkItem}`}
                style={{ marginBottom: 12 }}
                data-testid="order-line"
              >
                <DatePicker placeholder={t('inspections.fields.immediate')} style={{ width: 200 }} aria-label={`${i + 1}. ${f.checkItem}`} />
              </Form.Item>
            ))}
            <Form.Item name="safetyMeasures" label={t('inspections.documents.safetyMeasures')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {asking.kind === 'reinspection_opinion' && (
          <Form.Item name="opinion" label={t('inspections.documents.opinion')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        <SubmitErrorAlert state={failure.state} style={{ marginBottom: 0 }} />
      </Form>
    </Modal>
  );
}

import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import { toCityDateTime } from '../hazards/hazard-time.ts';
import type { AccidentDetail } from './accident.types.ts';
import { accidentKeys } from './use-accidents.query.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

type Action = 'flag' | 'extend' | 'submit_report' | 'reply';

function useAccidentAction(id: string, path: 'flags' | 'investigation') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiRequest<AccidentDetail>(`/accidents/${id}/${path}`, { method: 'POST', body }),
    onSuccess: (next) => {
      queryClient.setQueryData(accidentKeys.detail(id), next);
      void queryClient.invalidateQueries({ queryKey: accidentKeys.all });
    },
  });
}

/** The regulator's record of an accident: 瞒报/谎报 with evidence, and the investigation's progress (Arts. 29, 32). */
export function AccidentRegulatorCard({ accident }: { accident: AccidentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<{ kind?: string; evidence?: string; days?: number; at?: Dayjs }>();
  const flag = useAccidentAction(accident.id, 'flags');
  const investigation = useAccidentAction(accident.id, 'investigation');
  const inv = accident.investigation;
  const submit = (v: { kind?: string; evidence?: string; days?: number; at?: Dayjs }) => {
    const done = { onSuccess: () => setAction(null), onError: (e: Error) => void message.error(apiErrorText(t, e)) };
    if (action === 'flag') flag.mutate({ kind: v.kind, evidence: v.evidence }, done);
    else if (action === 'extend') investigation.mutate({ action: 'extend', days: v.days }, done);
    else if (action) investigation.mutate({ action, at: v.at ? new Date(toCityDateTime(v.at)).toISOString() : undefined }, done);
  };
  return (
    <Card size="small" title={t('accidents.regulator.title')}>
      <Flex gap={8} wrap>
        <Button onClick={() => setAction('flag')}>{t('accidents.regulator.flag')}</Button>
        <Button disabled={inv.extendedByDays !== null || inv.reportSubmittedAt !== null} onClick={() => setAction('extend')}>{t('accidents.regulator.extend')}</Button>
        <Button disabled={inv.reportSubmittedAt !== null} onClick={() => setAction('submit_report')}>{t('accidents.regulator.submitReport')}</Button>
        <Button disabled={inv.reportSubmittedAt === null || inv.repliedAt !== null} onClick={() => setAction('reply')}>{t('accidents.regulator.reply')}</Button>
      </Flex>
      <Modal open={action !== null} title={action ? t(`accidents.regulator.${action === 'submit_report' ? 'submitReport' : action}`) : ''} onCancel={() => setAction(null)} onOk={() => form.submit()} confirmLoading={flag.isPending || investigation.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          {action === 'flag' && (
            <>
              <Form.Item name="kind" label={t('accidents.regulator.kind')} rules={[{ required: true }]}>
                <Select options={[{ value: 'concealed', label: t('accidents.concealed') }, { value: 'false_report', label: t('accidents.falseReport') }]} />
              </Form.Item>
              <Form.Item name="evidence" label={t('accidents.regulator.evidence')} rules={[{ required: true, min: 10 }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
          {action === 'extend' && (
            <Form.Item name="days" label={t('accidents.regulator.days')} rules={[{ required: true }]}>
              <InputNumber min={1} max={60} precision={0} />
            </Form.Item>
          )}
          {(action === 'submit_report' || action === 'reply') && (
            <Form.Item name="at" label={t('accidents.regulator.at')} rules={[{ required: true }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

import { Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../app/page-container.tsx';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors } from '../../app/use-server-field-errors.ts';
import './enforcement-calculators.texts.ts';
import { useAddWorkingDays, useDailyPenalty, useLateSurcharge } from './use-calculators.mutation.ts';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Yuan as the server computed it (exact to the fen), written with two decimals in the reader's locale. */
function Yuan({ value }: { value: number }) {
  const { t, i18n } = useTranslation();
  return (
    <strong>
      {value.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} {t('enforcementCalc.yuan')}
    </strong>
  );
}

function CalculatorCard<V extends object>(props: {
  title: string;
  help: string;
  testId: string;
  pending: boolean;
  onCalculate: (values: V, report: (error: unknown) => void) => Promise<void>;
  children: ReactNode;
  result: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const failure = useServerFieldErrors(form);
  const submit = async (values: V) => {
    failure.clear();
    await props.onCalculate(values, failure.report);
  };
  return (
    <Card title={props.title} data-testid={props.testId} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{props.help}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {props.children}
        <SubmitErrorAlert state={failure.state} title={t('enforcementCalc.failed')} />
        <Button type="primary" htmlType="submit" loading={props.pending}>
          {t('enforcementCalc.calculate')}
        </Button>
      </Form>
      {props.result}
    </Card>
  );
}

/**
 * 执法计算器: the three calculators of issue 14, each a small form whose answer comes from the API (exact, as the law
 * counts). Field names are the API's, so a 400 marks the field it names.
 */
export function EnforcementCalculatorsPage() {
  const { t } = useTranslation();
  const penalty = useDailyPenalty();
  const surcharge = useLateSurcharge();
  const workingDays = useAddWorkingDays();
  const required = [{ required: true, message: t('enforcementCalc.required') }];

  return (
    <PageContainer title={t('enforcementCalc.title')} subtitle={t('enforcementCalc.subtitle')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <CalculatorCard<{ originalFineYuan: string; orderedOn: Dayjs; correctedOn: Dayjs }>
            title={t('enforcementCalc.dailyPenalty.title')}
            help={t('enforcementCalc.dailyPenalty.help')}
            testId="daily-penalty"
            pending={penalty.isPending}
            onCalculate={async (v, report) => {
              await penalty.mutateAsync({ originalFineYuan: v.originalFineYuan.trim(), orderedOn: day(v.orderedOn), correctedOn: day(v.correctedOn) }).catch(report);
            }}
            result={
              penalty.data && (
                <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }} data-testid="daily-penalty-result">
                  <Descriptions.Item label={t('enforcementCalc.dailyPenalty.days')}>{penalty.data.days}</Descriptions.Item>
                  <Descriptions.Item label={t('enforcementCalc.dailyPenalty.amount')}><Yuan value={penalty.data.amountYuan} /></Descriptions.Item>
                </Descriptions>
              )
            }
          >
            <Form.Item name="originalFineYuan" label={t('enforcementCalc.dailyPenalty.fine')} rules={required}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="orderedOn" label={t('enforcementCalc.dailyPenalty.orderedOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="correctedOn" label={t('enforcementCalc.dailyPenalty.correctedOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </CalculatorCard>
        </Col>
        <Col xs={24} lg={8}>
          <CalculatorCard<{ fineYuan: string; dueOn: Dayjs; paidOn: Dayjs }>
            title={t('enforcementCalc.surcharge.title')}
            help={t('enforcementCalc.surcharge.help')}
            testId="late-surcharge"
            pending={surcharge.isPending}
            onCalculate={async (v, report) => {
              await surcharge.mutateAsync({ fineYuan: v.fineYuan.trim(), dueOn: day(v.dueOn), paidOn: day(v.paidOn) }).catch(report);
            }}
            result={
              surcharge.data && (
                <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }} data-testid="late-surcharge-result">
                  <Descriptions.Item label={t('enforcementCalc.surcharge.days')}>{surcharge.data.days}</Descriptions.Item>
                  <Descriptions.Item label={t('enforcementCalc.surcharge.amount')}>
                    <Yuan value={surcharge.data.surchargeYuan} /> {surcharge.data.capped && <Tag color="orange">{t('enforcementCalc.surcharge.capped')}</Tag>}
                  </Descriptions.Item>
                </Descriptions>
              )
            }
          >
            <Form.Item name="fineYuan" label={t('enforcementCalc.surcharge.fine')} rules={required}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="dueOn" label={t('enforcementCalc.surcharge.dueOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="paidOn" label={t('enforcementCalc.surcharge.paidOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </CalculatorCard>
        </Col>
        <Col xs={24} lg={8}>
          <CalculatorCard<{ from: Dayjs; workingDays: number }>
            title={t('enforcementCalc.workingDays.title')}
            help={t('enforcementCalc.workingDays.help')}
            testId="working-days"
            pending={workingDays.isPending}
            onCalculate={async (v, report) => {
              await workingDays.mutateAsync({ from: day(v.from), workingDays: v.workingDays }).catch(report);
            }}
            result={
              workingDays.data && (
                <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }} data-testid="working-days-result">
                  <Descriptions.Item label={t('enforcementCalc.workingDays.date')}><strong>{workingDays.data.date}</strong></Descriptions.Item>
                </Descriptions>
              )
            }
          >
            <Form.Item name="from" label={t('enforcementCalc.workingDays.from')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="workingDays" label={t('enforcementCalc.workingDays.count')} rules={required} initialValue={7}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </CalculatorCard>
        </Col>
      </Row>
    </PageContainer>
  );
}

import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Descriptions, Flex, Form, Input, Row, Skeleton, Tag, Typography } from 'antd';
import { apiErrorText } from '../../app/api-error-text.ts';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { cityToday } from '../../../../core/hazards/plan-window.ts';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { apiFieldErrors } from './api-field-errors.ts';
import { EvaluationFields, evaluationOf, scoresText, scoreValuesOf, type ScoreValues } from './evaluation-fields.tsx';
import './risk-point.texts.ts';
import { RiskLevelTag } from './risk-level-tag.tsx';
import { RiskPointNotFound } from './risk-point-not-found.tsx';
import { canWriteRisks } from './risk.policy.ts';
import { nextReviewDate, RISK_REVIEW_INTERVAL_MONTHS, type RiskReviewCreate } from './risk.types.ts';
import { useRecordReview, useRiskPoint } from './use-risks.query.ts';

export interface ReviewFormValues extends ScoreValues {
  reviewedOn: Dayjs | null;
  reviewer: string;
  conclusion: string;
  reEvaluate: boolean;
}

/** The body of `POST /risk-points/{id}/reviews`: the scores only when re-evaluating. */
export function reviewBody(v: ReviewFormValues): RiskReviewCreate {
  const evaluation = v.reEvaluate ? evaluationOf(v) : undefined;
  return {
    reviewedOn: v.reviewedOn ? v.reviewedOn.format('YYYY-MM-DD') : '',
    reviewer: v.reviewer.trim(),
    conclusion: v.conclusion.trim(),
    ...(evaluation && { evaluation }),
  };
}

/**
 * Records a review (复评) of a risk point: the day, who, the conclusion and, if asked, a re-evaluation with the
 * live grade. The next review date shows as the rule in core gives it, and saving clears the overdue flag.
 */
export function RiskReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const point = useRiskPoint(id);
  const record = useRecordReview(id);
  const [form] = Form.useForm<ReviewFormValues>();
  const reviewedOn = Form.useWatch('reviewedOn', form);
  const reEvaluate = Form.useWatch('reEvaluate', form) ?? false;

  if (!canWriteRisks(user)) return <ForbiddenPage />;
  if (point.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (point.isError) return <RiskPointNotFound error={point.error} onRetry={() => void point.refetch()} />;
  const p = point.data;
  const today = cityToday(new Date());
  const next = reviewedOn ? nextReviewDate(reviewedOn.format('YYYY-MM-DD')) : undefined;

  const onFinish = async (v: ReviewFormValues) => {
    try {
      const { review } = await record.mutateAsync(reviewBody(v));
      void message.success(t('riskPoint.review.saved', { date: review.nextReviewDate }));
      await navigate(`/risks/${p.id}`, { replace: true });
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) {
        form.setFields(apiFieldErrors(t, error.details.map((d) => ({ ...d, path: d.path.replace(/^evaluation\./, '') }))) as Parameters<typeof form.setFields>[0]);
      }
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <PageContainer title={t('riskPoint.review.title')} subtitle={t('riskPoint.review.subtitle', { name: p.name, enterprise: p.enterpriseName })}>
      {!p.active ? (
        <Alert type="warning" showIcon title={t('riskPoint.review.inactive')} />
      ) : (
        <Form<ReviewFormValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void onFinish(v)}
          scrollToFirstError
          initialValues={{ reviewedOn: dayjs(today), reviewer: '', conclusion: '', reEvaluate: false, ...scoreValuesOf(p.evaluation) }}
        >
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              {p.reviewOverdue && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={t('riskPoint.review.overdueAlert', { date: p.reviewDate })} />}
              <Card size="small" style={{ marginBottom: 16 }}>
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item name="reviewedOn" label={t('riskPoint.review.reviewedOn')} extra={t('riskPoint.review.reviewedOnHelp')} rules={[{ required: true }]}>
                      <DatePicker
                        style={{ width: '100%' }}
                        inputReadOnly
                        disabledDate={(d) => d.format('YYYY-MM-DD') > today || (p.lastReviewedOn !== null && d.format('YYYY-MM-DD') < p.lastReviewedOn)}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="reviewer" label={t('riskPoint.review.reviewer')} rules={[{ required: true, whitespace: true }]}>
                      <Input maxLength={50} placeholder={t('riskPoint.review.reviewerPlaceholder')} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="conclusion" label={t('riskPoint.review.conclusion')} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 8 }}>
                  <Input.TextArea rows={4} maxLength={1000} placeholder={t('riskPoint.review.conclusionPlaceholder')} />
                </Form.Item>
                <Flex gap={6} wrap style={{ marginBottom: 8 }}>
                  {(t('riskPoint.review.quickConclusions', { returnObjects: true }) as string[]).map((text) => (
                    <Tag.CheckableTag key={text} checked={false} onChange={() => form.setFieldValue('conclusion', text)} style={{ border: '1px dashed #d9d9d9' }}>
                      {text}
                    </Tag.CheckableTag>
                  ))}
                </Flex>
              </Card>
              <Card size="small" style={{ marginBottom: 16 }}>
                <Form.Item name="reEvaluate" valuePropName="checked" style={{ marginBottom: reEvaluate ? 12 : 0 }}>
                  <Checkbox>{t('riskPoint.review.reEvaluate')}</Checkbox>
                </Form.Item>
                {reEvaluate ? (
                  <EvaluationFields form={form} />
                ) : (
                  <Typography.Text type="secondary">{t('riskPoint.review.keepEvaluation', { method: p.method.toUpperCase(), score: p.result.score })}</Typography.Text>
                )}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('riskPoint.review.current')} style={{ marginBottom: 16 }}>
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('risks.fields.score')}>{scoresText(p.evaluation, p.result.score)}</Descriptions.Item>
                  <Descriptions.Item label={t('risks.fields.level')}>
                    <RiskLevelTag level={p.level} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('riskPoint.review.dueOn')}>
                    <Flex gap={6} align="center">
                      {p.reviewDate}
                      {p.reviewOverdue && <Tag color="error">{t('risks.fields.overdue')}</Tag>}
                    </Flex>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('riskPoint.detail.lastReviewedOn')}>{p.lastReviewedOn ?? t('riskPoint.detail.never')}</Descriptions.Item>
                </Descriptions>
              </Card>
              <Card size="small" style={{ marginBottom: 16, borderColor: '#b7eb8f', background: '#f6ffed' }}>
                <Typography.Text type="secondary">{t('riskPoint.review.next')}</Typography.Text>
                <div data-testid="next-review-date" style={{ fontSize: 24, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                  {next ?? '—'}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('riskPoint.review.nextHelp', { months: RISK_REVIEW_INTERVAL_MONTHS })}
                </Typography.Text>
              </Card>
              <Button type="primary" htmlType="submit" block size="large" loading={record.isPending}>
                {t('riskPoint.review.submit')}
              </Button>
            </Col>
          </Row>
        </Form>
      )}
    </PageContainer>
  );
}

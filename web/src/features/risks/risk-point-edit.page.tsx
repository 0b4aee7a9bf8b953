import { Alert, App, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { evaluationOf } from './evaluation-fields.tsx';
import './risk-point.texts.ts';
import { RiskPointNotFound } from './risk-point-not-found.tsx';
import { RiskPointForm, toFormValues, type RiskPointFormValues } from './risk-point-form.tsx';
import { canWriteRisks } from './risk.policy.ts';
import type { RiskPoint, RiskPointUpdate } from './risk.types.ts';
import { useRiskPoint, useUpdateRiskPoint } from './use-risks.query.ts';

/** What the form changes of a point: only the fields whose value differs (a new evaluation re-grades it). */
export function changedFields(point: RiskPoint, v: RiskPointFormValues): RiskPointUpdate {
  const { method: _m, l: _l, e: _e, c: _c, s: _s, reviewDate: _r, enterpriseId: _en, ...fields } = v;
  const evaluation = evaluationOf(v);
  const current = toFormValues(point);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (JSON.stringify(value) !== JSON.stringify(current[key as keyof RiskPointFormValues])) changes[key] = value;
  }
  if (evaluation && JSON.stringify(evaluation) !== JSON.stringify(point.evaluation)) changes['evaluation'] = evaluation;
  return changes as RiskPointUpdate;
}

/** Changes a registered risk point; the grade shows live as on the create form, and is re-graded when saved. */
export function RiskPointEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const point = useRiskPoint(id);
  const update = useUpdateRiskPoint(id);

  if (!canWriteRisks(user)) return <ForbiddenPage />;
  if (point.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (point.isError) return <RiskPointNotFound error={point.error} onRetry={() => void point.refetch()} />;
  const current = point.data;
  const detailPath = `/risks/${current.id}`;

  const onSubmit = async (v: RiskPointFormValues) => {
    const changes = changedFields(current, v);
    if (Object.keys(changes).length === 0) {
      void message.info(t('riskPoint.edit.noChanges'));
    } else {
      await update.mutateAsync(changes);
      void message.success(t('riskPoint.edit.saved'));
    }
    await navigate(detailPath, { replace: true });
  };

  return (
    <PageContainer title={t('riskPoint.edit.title')} subtitle={`${current.name} · ${current.enterpriseName}`}>
      {!current.active ? (
        <Alert type="warning" showIcon title={t('riskPoint.review.inactive')} />
      ) : (
      <RiskPointForm
        mode="edit"
        initialValues={toFormValues(current)}
        submitText={t('common.save')}
        submitting={update.isPending}
        onSubmit={onSubmit}
        footer={<Alert style={{ marginTop: 12 }} type="info" showIcon title={t('riskPoint.edit.reviewDateNote')} />}
      />
      )}
    </PageContainer>
  );
}

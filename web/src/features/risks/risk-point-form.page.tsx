import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { evaluationOf } from './evaluation-fields.tsx';
import { newRiskPointValues, RiskPointForm, type RiskPointFormValues } from './risk-point-form.tsx';
import { useCreateRiskPoint } from './use-risks.query.ts';

export { evaluationOf };

/** Registers a risk point; the score, level and colour show live as the scores are chosen. */
export function RiskPointFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const [params] = useSearchParams();
  const create = useCreateRiskPoint();

  const onSubmit = async (v: RiskPointFormValues) => {
    const { method: _m, l: _l, e: _e, c: _c, s: _s, reviewDate, ...rest } = v;
    const input = evaluationOf(v);
    if (!input || !reviewDate) return;
    // An officer's form has no enterprise field (antd leaves unmounted fields out of the values): it is theirs.
    await create.mutateAsync({ ...rest, enterpriseId: rest.enterpriseId ?? user.enterpriseId ?? '', evaluation: input, reviewDate: reviewDate.format('YYYY-MM-DD') });
    void message.success(t('risks.saved'));
    await navigate(user.role === 'enterprise' ? '/risks' : `/risks?enterpriseId=${v.enterpriseId ?? ''}`);
  };

  return (
    <PageContainer title={t('risks.create')}>
      <RiskPointForm
        mode="create"
        showEnterprise={user.role !== 'enterprise'}
        initialValues={newRiskPointValues(user.enterpriseId ?? params.get('enterpriseId') ?? undefined)}
        submitText={t('risks.create')}
        submitting={create.isPending}
        onSubmit={onSubmit}
      />
    </PageContainer>
  );
}

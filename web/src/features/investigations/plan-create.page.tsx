import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { PlanForm } from './plan-form.tsx';
import { useCreatePlan } from './use-investigations.query.ts';

export function PlanCreatePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const checklist = search.get('checklist');
  const { message } = App.useApp();
  const create = useCreatePlan();
  const forEnterprise = user.role === 'enterprise';
  return (
    <PageContainer
      title={t('investigation.planForm.title')}
      subtitle={forEnterprise ? t('investigation.planForm.subtitleEnterprise') : t('investigation.planForm.subtitle')}
    >
      <PlanForm
        forEnterprise={forEnterprise}
        ownEnterpriseId={user.enterpriseId}
        {...(checklist ? { initialValues: { checklist } } : {})}
        onCancel={() => void navigate('/investigation-plans')}
        onSubmit={async (body) => {
          const plan = await create.mutateAsync(body);
          void message.success(t('investigation.planForm.created', { count: plan.enterpriseCount }));
          await navigate(`/investigation-plans/${plan.id}`);
        }}
      />
    </PageContainer>
  );
}

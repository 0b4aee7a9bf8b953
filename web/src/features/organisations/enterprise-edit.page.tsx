import { App, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { canEditEnterprise, editableEnterpriseFields } from './enterprise.policy.ts';
import { EnterpriseForm } from './enterprise-form.tsx';
import { changedInput, toFormValues, toInput, type EnterpriseFormValues } from './enterprise-form-values.ts';
import { useEnterprise } from './use-enterprise.query.ts';
import { useUpdateEnterprise } from './use-save-enterprise.mutation.ts';

export function EnterpriseEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const enterprise = useEnterprise(id);
  const update = useUpdateEnterprise(id);

  if (enterprise.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (enterprise.isError) {
    return <QueryErrorAlert error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  }
  const current = enterprise.data;
  if (!canEditEnterprise(user, current)) return <ForbiddenPage />;

  const editable = editableEnterpriseFields(user);
  const detailPath = `/enterprises/${current.id}`;

  const onSubmit = async (values: EnterpriseFormValues) => {
    const changes = changedInput(current, toInput(values), editable);
    if (Object.keys(changes).length === 0) {
      void message.info(t('enterprise.form.noChanges'));
    } else {
      await update.mutateAsync(changes);
      void message.success(t('enterprise.form.updated'));
    }
    await navigate(detailPath, { replace: true });
  };

  return (
    <PageContainer title={t('enterprise.form.editTitle')} subtitle={current.name}>
      <EnterpriseForm
        initialValues={toFormValues(current)}
        editable={editable}
        submitText={t('common.save')}
        onSubmit={onSubmit}
        onCancel={() => void navigate(detailPath)}
      />
    </PageContainer>
  );
}

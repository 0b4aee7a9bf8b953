import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { EnterpriseForm } from './enterprise-form.tsx';
import { EMPTY_FORM_VALUES, toInput, type EnterpriseFormValues } from './enterprise-form-values.ts';
import { useCreateEnterprise } from './use-save-enterprise.mutation.ts';

export function EnterpriseCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateEnterprise();

  const onSubmit = async (values: EnterpriseFormValues) => {
    const input = toInput(values);
    const created = await create.mutateAsync({ ...input, location: input.location ?? undefined });
    void message.success(t('enterprise.form.created', { name: created.name }));
    await navigate(`/enterprises/${created.id}`, { replace: true });
  };

  return (
    <PageContainer title={t('enterprise.form.createTitle')}>
      <EnterpriseForm
        initialValues={EMPTY_FORM_VALUES}
        editable="all"
        submitText={t('common.create')}
        onSubmit={onSubmit}
        onCancel={() => void navigate('/enterprises')}
      />
    </PageContainer>
  );
}

import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { assessInputOf, MajorHazardSourceForm, sensorCodesOf, type SourceFormValues } from './major-hazard-source-form.tsx';
import type { AssessInput } from './major-hazard.types.ts';
import { useCreateMajorHazardSource } from './use-major-hazards.query.ts';

export { assessInputOf };

/** Registers a unit: the GB 18218 assessment shows step by step as substances and quantities are entered. */
export function MajorHazardAssessPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const [params] = useSearchParams();
  const create = useCreateMajorHazardSource();

  const onSubmit = async (v: SourceFormValues, assessed: AssessInput) => {
    await create.mutateAsync({
      ...v,
      // An officer's form has no enterprise field (antd leaves unmounted fields out of the values): it is theirs.
      enterpriseId: v.enterpriseId ?? user.enterpriseId ?? '',
      substances: assessed.substances,
      sensorCodes: sensorCodesOf(v.sensorCodes),
    });
    void message.success(t('majorHazards.saved'));
    await navigate('/major-hazard-sources');
  };

  return (
    <PageContainer title={t('majorHazards.create')} subtitle={t('majorHazards.createSubtitle')}>
      <MajorHazardSourceForm
        showEnterprise={user.role !== 'enterprise'}
        initialValues={{ enterpriseId: user.enterpriseId ?? params.get('enterpriseId') ?? undefined, unitKind: 'storage', exposedPopulation: 0, substances: [{}] }}
        submitText={t('majorHazards.create')}
        submitting={create.isPending}
        onSubmit={onSubmit}
      />
    </PageContainer>
  );
}

import { Alert, App, Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import './major-hazard-source.texts.ts';
import { MajorHazardSourceForm, sensorCodesOf, toSourceFormValues, type SourceFormValues } from './major-hazard-source-form.tsx';
import { SourceNotFound } from './source-not-found.tsx';
import { canWriteSources } from './major-hazard.policy.ts';
import { GUARANTOR_ROLES, type AssessInput, type MajorHazardSource, type MajorHazardSourceUpdate } from './major-hazard.types.ts';
import { useMajorHazardSource, useUpdateMajorHazardSource } from './use-major-hazards.query.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the form changes of a source: only what differs; new substances or population are re-assessed on save. */
export function sourceChanges(source: MajorHazardSource, v: SourceFormValues, assessed: AssessInput): MajorHazardSourceUpdate {
  const changes: MajorHazardSourceUpdate = {};
  if (v.name.trim() !== source.name) changes.name = v.name.trim();
  if (v.unitKind !== source.unitKind) changes.unitKind = v.unitKind;
  if (v.exposedPopulation !== source.exposedPopulation) changes.exposedPopulation = v.exposedPopulation;
  if (!same(assessed.substances, source.substances)) changes.substances = assessed.substances;
  const sensors = sensorCodesOf(v.sensorCodes);
  if (!same(sensors, source.sensorCodes)) changes.sensorCodes = sensors;
  const names = Object.fromEntries(source.guarantors.map((g) => [g.role, g.name]));
  if (GUARANTOR_ROLES.some((role) => v.guarantors[role].name.trim() !== names[role])) {
    changes.guarantors = Object.fromEntries(GUARANTOR_ROLES.map((role) => [role, { name: v.guarantors[role].name.trim() }])) as MajorHazardSourceUpdate['guarantors'];
  }
  return changes;
}

/** Changes a source: substances and quantities re-assessed step by step as on registration, 包保责任人 replaced. */
export function MajorHazardSourceEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const source = useMajorHazardSource(id);
  const update = useUpdateMajorHazardSource(id);

  if (!canWriteSources(user)) return <ForbiddenPage />;
  if (source.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (source.isError) return <SourceNotFound error={source.error} onRetry={() => void source.refetch()} />;
  const current = source.data;
  const detailPath = `/major-hazard-sources/${current.id}`;

  const onSubmit = async (v: SourceFormValues, assessed: AssessInput) => {
    const changes = sourceChanges(current, v, assessed);
    if (Object.keys(changes).length === 0) {
      void message.info(t('mhSource.edit.noChanges'));
    } else {
      await update.mutateAsync(changes);
      void message.success(t('mhSource.edit.saved'));
    }
    await navigate(detailPath, { replace: true });
  };

  return (
    <PageContainer title={t('mhSource.edit.title')} subtitle={`${current.name} · ${current.enterpriseName}`}>
      <MajorHazardSourceForm
        initialValues={toSourceFormValues(current)}
        submitText={t('common.save')}
        submitting={update.isPending}
        onSubmit={onSubmit}
        notes={
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            <Alert type="info" showIcon title={t('mhSource.edit.reassessNote')} />
            <Alert type="info" showIcon title={t('mhSource.edit.guarantorChangeNote')} />
          </Flex>
        }
      />
    </PageContainer>
  );
}

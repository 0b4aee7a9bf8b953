import { Alert, App, Card, Form, Input, Skeleton } from 'antd';
import { can } from '../../app/permissions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { HazardReportForm } from '../hazards/hazard-report-form.tsx';
import { emptyReportValues, toCreateInput, type HazardReportValues } from '../hazards/hazard-report-values.ts';
import { cityWallClock } from '../hazards/hazard-time.ts';
import { useReportHazard } from '../hazards/use-report-hazard.mutation.ts';
import './major-hazard-source.texts.ts';
import type { GuarantorCheckRecord, MajorHazardSource } from './major-hazard.types.ts';
import { SourceNotFound } from './source-not-found.tsx';
import { useGuarantorCheck, useLinkCheckHazard, useMajorHazardSource } from './use-major-hazards.query.ts';

/** The hazard form filled from the check: the source's enterprise and name as the place, the problems, the time. */
export function valuesFromCheck(source: MajorHazardSource, check: GuarantorCheckRecord, title: string, byEnterprise: boolean): HazardReportValues {
  return {
    ...emptyReportValues(source.enterpriseId, cityWallClock(check.checkedAt).second(0).millisecond(0)),
    title: title.slice(0, 200),
    description: check.problems ?? '',
    location: source.name,
    source: byEnterprise ? 'self_check' : 'inspection',
  };
}

function ReportForm({ source, check }: { source: MajorHazardSource; check: GuarantorCheckRecord }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const report = useReportHazard();
  const link = useLinkCheckHazard(source.id, check.id);
  const [initialValues] = useState(() => valuesFromCheck(source, check, t('mhSource.hazard.defaultTitle', { source: source.name }), user.role === 'enterprise'));

  const onSubmit = async (values: HazardReportValues) => {
    const created = await report.mutateAsync(toCreateInput({ ...values, enterpriseId: source.enterpriseId }));
    try {
      await link.mutateAsync(created.id);
      void message.success(t('mhSource.hazard.reported'));
    } catch {
      void message.warning(t('mhSource.hazard.linkFailed'));
    }
    await navigate(`/hazards/${created.id}`, { replace: true });
  };

  return (
    <HazardReportForm
      initialValues={initialValues}
      enterpriseField={
        <Form.Item label={t('hazard.fields.enterprise')} htmlFor="hazard_enterpriseId">
          <Input id="hazard_enterpriseId" value={source.enterpriseName} disabled />
        </Form.Item>
      }
      onSubmit={onSubmit}
      onCancel={() => void navigate(`/major-hazard-sources/${source.id}`)}
    />
  );
}

/** Reports the problems a 包保 check found as a hazard of the source's enterprise, and links it to the check. */
export function CheckHazardReportPage() {
  const { t } = useTranslation();
  const { id = '', checkId = '' } = useParams();
  const user = useSessionUser();
  const source = useMajorHazardSource(id);
  const check = useGuarantorCheck(id, checkId);

  if (!can(user, 'hazards.report')) return <ForbiddenPage />;
  if (source.isPending || check.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (source.isError) return <SourceNotFound error={source.error} onRetry={() => void source.refetch()} />;
  if (check.isError) return <QueryErrorAlert error={check.error} onRetry={() => void check.refetch()} />;
  const s = source.data;
  const c = check.data;

  return (
    <PageContainer
      title={t('mhSource.hazard.title')}
      subtitle={t('mhSource.hazard.subtitle', { source: s.name, role: t(`majorHazards.guarantor.${c.role}`), checker: c.checker })}
    >
      {c.hazardId ? (
        <Alert
          type="success"
          showIcon
          title={
            <>
              {t('mhSource.detail.hazardLinked')}{t('common.colon')}<Link to={`/hazards/${c.hazardId}`}>{c.hazardTitle}</Link>
            </>
          }
        />
      ) : !c.problems ? (
        <Alert type="info" showIcon title={t('mhSource.detail.noProblems')} />
      ) : (
        <ReportForm source={s} check={c} />
      )}
    </PageContainer>
  );
}

import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { useEnterprise } from '../organisations/use-enterprise.query.ts';
import { fixedEnterpriseOf } from './hazard.policy.ts';
import { EnterpriseSelect } from './enterprise-select.tsx';
import { HazardReportForm } from './hazard-report-form.tsx';
import { emptyReportValues, toCreateInput, type HazardReportValues } from './hazard-report-values.ts';
import { cityWallClock } from './hazard-time.ts';
import { useReportHazard } from './use-report-hazard.mutation.ts';

/** The enterprise user's own enterprise, shown by name; the form holds its id. */
function OwnEnterprise({ id }: { id: string }) {
  const enterprise = useEnterprise(id);
  return <Input id="hazard_enterpriseId" value={enterprise.data?.name ?? ''} disabled />;
}

export function HazardReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSessionUser();
  const report = useReportHazard();
  const fixedEnterprise = fixedEnterpriseOf(user);
  const [initialValues] = useState(() => emptyReportValues(fixedEnterprise ?? undefined, cityWallClock()));

  const onSubmit = async (values: HazardReportValues) => {
    const created = await report.mutateAsync(toCreateInput({ ...values, enterpriseId: fixedEnterprise ?? values.enterpriseId }));
    void message.success(t('hazard.report.reported', { title: created.title }));
    await navigate(`/hazards/${created.id}`, { replace: true });
  };

  const enterpriseField = fixedEnterprise ? (
    <Form.Item label={t('hazard.fields.enterprise')} extra={t('hazard.report.enterpriseFixed')} htmlFor="hazard_enterpriseId">
      <OwnEnterprise id={fixedEnterprise} />
    </Form.Item>
  ) : (
    <Form.Item
      name="enterpriseId"
      label={t('hazard.fields.enterprise')}
      rules={[{ required: true, message: t('hazard.validation.enterpriseRequired') }]}
    >
      <EnterpriseSelect />
    </Form.Item>
  );

  return (
    <PageContainer title={t('hazard.report.title')} subtitle={t('hazard.report.subtitle')}>
      <HazardReportForm
        initialValues={initialValues}
        enterpriseField={enterpriseField}
        onSubmit={onSubmit}
        onCancel={() => void navigate('/hazards')}
      />
    </PageContainer>
  );
}

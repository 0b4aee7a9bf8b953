import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import '../transfer/transfer.texts.ts';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { actorNamesFrom } from './actor-names.ts';
import type { HazardAction } from './hazard.types.ts';
import { HazardActionButtons } from './hazard-action-buttons.tsx';
import { HazardActionModal } from './hazard-action-modal.tsx';
import { HazardBasicCard } from './hazard-basic-card.tsx';
import { HazardPhotosCard } from './hazard-photos.tsx';
import { ExtensionsCard, GovernancePlanCard, RectificationCard, SupervisionCard } from './hazard-progress-cards.tsx';
import { HazardGradeTag, HazardStatusTag, OverdueTag, SupervisedTag } from './hazard-tags.tsx';
import { HazardTimelineCard } from './hazard-timeline.tsx';
import { useHazard } from './use-hazard.query.ts';

export function HazardDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const hazard = useHazard(id);
  const [action, setAction] = useState<HazardAction | null>(null);

  if (hazard.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (hazard.isError) {
    if (isApiError(hazard.error, 'NOT_FOUND') || isApiError(hazard.error, 'VALIDATION_FAILED')) {
      return (
        <PageContainer title={t('hazard.detail.notFoundTitle')}>
          <Card>
            <Result
              status="404"
              title={t('hazard.detail.notFoundTitle')}
              subTitle={t('hazard.detail.notFoundText')}
              extra={
                <LinkButton to="/hazards" type="primary">
                  {t('hazard.detail.backToList')}
                </LinkButton>
              }
            />
          </Card>
        </PageContainer>
      );
    }
    return <QueryErrorAlert error={hazard.error} onRetry={() => void hazard.refetch()} />;
  }

  const data = hazard.data;
  const nameOf = actorNamesFrom(data.timeline);
  return (
    <PageContainer
      title={data.title}
      subtitle={`${data.enterpriseName} · ${data.location}`}
      tags={
        <>
          <HazardGradeTag grade={data.grade} />
          <HazardStatusTag status={data.status} />
          {data.overdue && <OverdueTag />}
          {data.supervised && <SupervisedTag />}
        </>
      }
      extra={
        <>
          <Button
            icon={<PrinterOutlined />}
            href={`/api/v1/hazards/${data.id}/record.pdf?lang=${currentLanguage()}`}
            target="_blank"
            rel="noopener"
            title={t('transfer.print.hazardHint')}
            data-testid="hazard-print"
          >
            {t('transfer.print.hazard')}
          </Button>
          <HazardActionButtons actions={data.allowedActions} onSelect={setAction} disabled={hazard.isFetching} />
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <HazardBasicCard hazard={data} />
            </Col>
            {data.supervision && (
              <Col span={24}>
                <SupervisionCard supervision={data.supervision} nameOf={nameOf} />
              </Col>
            )}
            {data.rectification && (
              <Col span={24}>
                <RectificationCard rectification={data.rectification} />
              </Col>
            )}
            {data.governancePlan && (
              <Col span={24}>
                <GovernancePlanCard plan={data.governancePlan} />
              </Col>
            )}
            {data.extensions.length > 0 && (
              <Col span={24}>
                <ExtensionsCard extensions={data.extensions} nameOf={nameOf} />
              </Col>
            )}
            <Col span={24}>
              <HazardPhotosCard photos={data.photos} />
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={9}>
          <HazardTimelineCard timeline={data.timeline} />
        </Col>
      </Row>
      {action && <HazardActionModal key={action} hazard={data} action={action} onClose={() => setAction(null)} />}
    </PageContainer>
  );
}

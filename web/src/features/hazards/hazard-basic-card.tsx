import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import type { HazardDetail } from './hazard.types.ts';
import { HazardDeadline, HazardGradeTag, HazardStatusTag } from './hazard-tags.tsx';
import { formatCityTime } from './hazard-time.ts';
import { useCardSize, useDescriptionsLayout } from './use-descriptions-layout.ts';

/** A row to itself, whatever the number of columns. */
const FILL = 'filled' as const;
const MULTILINE = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

export function legalBasisText(basis: HazardDetail['legalBasis']): string {
  return [basis.standard, basis.article, basis.item].filter(Boolean).join(' ');
}

export function HazardBasicCard({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation();
  const cardSize = useCardSize();
  const user = useSessionUser();
  const layout = useDescriptionsLayout(128);
  // Enterprise users may open only their own enterprise.
  const enterpriseLink = user.role !== 'enterprise' || user.enterpriseId === hazard.enterpriseId;
  return (
    <Card size={cardSize} title={t('hazard.detail.basic')}>
      <Descriptions
        {...layout}
        items={[
          {
            key: 'enterprise',
            label: t('hazard.fields.enterprise'),
            span: FILL,
            children: enterpriseLink ? (
              <Link to={`/enterprises/${hazard.enterpriseId}`}>{hazard.enterpriseName}</Link>
            ) : (
              hazard.enterpriseName
            ),
          },
          { key: 'location', label: t('hazard.fields.location'), children: hazard.location },
          { key: 'foundAt', label: t('hazard.fields.foundAt'), children: formatCityTime(hazard.foundAt) },
          { key: 'grade', label: t('hazard.fields.grade'), children: <HazardGradeTag grade={hazard.grade} /> },
          { key: 'status', label: t('hazard.fields.status'), children: <HazardStatusTag status={hazard.status} /> },
          { key: 'source', label: t('hazard.fields.source'), children: t(`hazard.sources.${hazard.source}`) },
          { key: 'category', label: t('hazard.fields.category'), children: t(`hazard.categories.${hazard.category}`) },
          {
            key: 'deadline',
            label: t('hazard.fields.deadline'),
            children: <HazardDeadline deadline={hazard.deadline} overdue={hazard.overdue} />,
          },
          { key: 'reportedBy', label: t('hazard.fields.reportedBy'), children: hazard.reportedBy.name },
          ...(hazard.closedAt
            ? [{ key: 'closedAt', label: t('hazard.fields.closedAt'), children: formatCityTime(hazard.closedAt), span: FILL }]
            : []),
          {
            key: 'legalBasis',
            label: t('hazard.fields.legalBasis'),
            span: FILL,
            children: <span style={MULTILINE}>{legalBasisText(hazard.legalBasis)}</span>,
          },
          ...(hazard.checklistItemId
            ? [
                {
                  key: 'checklistItem',
                  label: t('hazard.fields.checklistItem'),
                  span: FILL,
                  children: <Typography.Text code>{hazard.checklistItemId}</Typography.Text>,
                },
              ]
            : []),
          {
            key: 'description',
            label: t('hazard.fields.description'),
            span: FILL,
            children: <span style={MULTILINE}>{hazard.description}</span>,
          },
        ]}
      />
    </Card>
  );
}

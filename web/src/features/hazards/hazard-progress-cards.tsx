import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_PLAN_ELEMENTS } from '../../../../core/hazards/governance-plan.ts';
import type { HazardDetail } from './hazard.types.ts';
import { formatCityTime } from './hazard-time.ts';
import { useCardSize, useDescriptionsLayout } from './use-descriptions-layout.ts';

/** A row to itself, whatever the number of columns. */
const FILL = 'filled' as const;
const MULTILINE = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

/** 整改措施: set when rectification starts. */
export function RectificationCard({ rectification }: { rectification: NonNullable<HazardDetail['rectification']> }) {
  const { t, i18n } = useTranslation();
  const cardSize = useCardSize();
  const layout = useDescriptionsLayout(128);
  return (
    <Card size={cardSize} title={t('hazard.detail.rectification')}>
      <Descriptions
        {...layout}
        items={[
          { key: 'mode', label: t('hazard.detail.mode'), children: t(`hazard.modes.${rectification.mode}`) },
          { key: 'deadline', label: t('hazard.fields.deadline'), children: formatCityTime(rectification.deadline) },
          { key: 'responsible', label: t('hazard.detail.responsiblePerson'), children: rectification.responsiblePerson },
          {
            key: 'funds',
            label: t('hazard.detail.funds'),
            children: t('hazard.detail.fundsValue', {
              formatted: new Intl.NumberFormat(i18n.language).format(rectification.fundsYuan),
            }),
          },
          {
            key: 'measures',
            label: t('hazard.detail.measures'),
            span: FILL,
            children: <span style={MULTILINE}>{rectification.measures}</span>,
          },
        ]}
      />
    </Card>
  );
}

/** 治理方案 (16号令 Art. 15), element by element in the article's order. */
export function GovernancePlanCard({ plan }: { plan: NonNullable<HazardDetail['governancePlan']> }) {
  const { t } = useTranslation();
  const cardSize = useCardSize();
  const layout = useDescriptionsLayout(168, 1);
  const filled = GOVERNANCE_PLAN_ELEMENTS.filter(({ key }) => plan[key]);
  if (filled.length === 0) return null;
  return (
    <Card size={cardSize} title={t('hazard.detail.governancePlan')}>
      <Descriptions
        {...layout}
        items={filled.map(({ key }) => ({
          key,
          label: t(`hazard.governancePlan.${key}`),
          children: <span style={MULTILINE}>{plan[key]}</span>,
        }))}
      />
    </Card>
  );
}

/** 挂牌督办 listing. */
export function SupervisionCard({
  supervision,
  nameOf,
}: {
  supervision: NonNullable<HazardDetail['supervision']>;
  nameOf: (who: string) => string;
}) {
  const { t } = useTranslation();
  const cardSize = useCardSize();
  const layout = useDescriptionsLayout(128);
  return (
    <Card size={cardSize} title={t('hazard.detail.supervision')}>
      <Descriptions
        {...layout}
        items={[
          { key: 'level', label: t('hazard.detail.level'), children: t(`hazard.supervisionLevels.${supervision.level}`) },
          { key: 'authority', label: t('hazard.detail.authority'), children: supervision.authority },
          { key: 'deadline', label: t('hazard.detail.supervisionDeadline'), children: formatCityTime(supervision.deadline) },
          { key: 'documentNo', label: t('hazard.detail.documentNo'), children: supervision.documentNo || t('common.none') },
          { key: 'listedAt', label: t('hazard.detail.listedAt'), children: formatCityTime(supervision.listedAt) },
          { key: 'listedBy', label: t('hazard.detail.listedBy'), children: nameOf(supervision.listedBy) },
        ]}
      />
    </Card>
  );
}

/** Every extension request, granted, refused or pending: the deadline moves only when granted. */
export function ExtensionsCard({
  extensions,
  nameOf,
}: {
  extensions: HazardDetail['extensions'];
  nameOf: (who: string) => string;
}) {
  const { t } = useTranslation();
  const cardSize = useCardSize();
  return (
    <Card size={cardSize} title={t('hazard.detail.extensions')}>
      <Flex vertical gap={12}>
        {extensions.map((extension) => {
          const decision = extension.decision;
          return (
            <div key={extension.id} style={{ borderInlineStart: '3px solid #e8ebf0', paddingInlineStart: 12 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('hazard.detail.deadlineMove', {
                    from: formatCityTime(extension.previousDeadline),
                    to: formatCityTime(extension.requestedDeadline),
                  })}
                </Typography.Text>
                {decision === null ? (
                  <Tag color="gold">{t('hazard.detail.pending')}</Tag>
                ) : decision.granted ? (
                  <Tag color="success">{t('hazard.detail.granted')}</Tag>
                ) : (
                  <Tag color="error">{t('hazard.detail.refused')}</Tag>
                )}
              </Flex>
              <div style={{ ...MULTILINE, marginTop: 4 }}>{extension.reason}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('hazard.detail.requestedBy', { by: nameOf(extension.requestedBy), at: formatCityTime(extension.requestedAt) })}
                {decision &&
                  ` · ${t('hazard.detail.decidedBy', { by: nameOf(decision.by), at: formatCityTime(decision.at) })}${
                    decision.comment ? `${t('common.colon')}${decision.comment}` : ''
                  }`}
              </Typography.Text>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}

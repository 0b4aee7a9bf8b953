import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './expert-campaigns.texts.ts';
import type { ExpertCampaignStatus } from './use-expert-campaigns.query.ts';

const STATUS_COLORS: Record<ExpertCampaignStatus, string> = { upcoming: 'default', active: 'processing', ended: 'success' };

export function CampaignStatusTag({ status }: { status: ExpertCampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`expertCampaigns.status.${status}`)}
    </Tag>
  );
}

/** A campaign's period; one made before periods were recorded has none. */
export const campaignDates = (c: { startDate: string | null; endDate: string | null }) => (c.startDate && c.endDate ? `${c.startDate} – ${c.endDate}` : '—');

/** "8 / 10 (80%)", or nothing before the report. */
export const scoreText = (a: { score: number | null; maxScore: number | null; percent: number | null }) =>
  a.score === null || a.maxScore === null ? '' : `${a.score} / ${a.maxScore}（${a.percent ?? 0}%）`;

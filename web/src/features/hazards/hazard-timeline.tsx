import { Card, Empty, Flex, Timeline, Typography, type TimelineItemProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HazardTimelineEntry } from './hazard.types.ts';
import { isSupervisionLevel } from './hazard.types.ts';
import { PhotoThumbnails } from './hazard-photos.tsx';
import { HazardStatusTag } from './hazard-tags.tsx';
import { formatCityTime } from './hazard-time.ts';
import { useCardSize } from './use-descriptions-layout.ts';

const COLORS: Record<HazardTimelineEntry['action'], string> = {
  report: 'blue',
  start_rectification: 'blue',
  submit_for_review: 'purple',
  approve: 'green',
  reject: 'red',
  rectify_immediately: 'green',
  list_for_supervision: 'volcano',
  request_extension: 'gold',
  decide_extension: 'gold',
  reinspect: 'cyan',
  order_deadline: 'orange',
};

const MULTILINE = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** A deadline as the body carried it: a bare city date, or an instant. */
function deadlineText(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : formatCityTime(text);
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={MULTILINE}>
      <Typography.Text type="secondary">
        {label}
        {t('common.colon')}
      </Typography.Text>
      {children}
    </div>
  );
}

/** What the action's body said that a reader needs: notes, comments, reasons, decisions, listings. */
function BodyDetails({ entry, t }: { entry: HazardTimelineEntry; t: TFunction }) {
  const body = record(entry.body);
  const rectification = record(body['rectification']);
  const photoIds = Array.isArray(body['photoIds']) ? body['photoIds'].filter((id): id is string => typeof id === 'string') : [];
  const level = body['level'];
  const lines: ReactNode[] = [];

  if (entry.action === 'start_rectification') {
    const person = str(rectification['responsiblePerson']);
    const measures = str(rectification['measures']);
    if (person) lines.push(<Line key="person" label={t('hazard.timeline.responsible')}>{person}</Line>);
    if (measures) lines.push(<Line key="measures" label={t('hazard.timeline.measures')}>{measures}</Line>);
  }
  if (entry.action === 'list_for_supervision') {
    const authority = str(body['authority']) ?? '';
    const levelText = isSupervisionLevel(level) ? t(`hazard.supervisionLevels.${level}`) : '';
    lines.push(<div key="listing">{t('hazard.timeline.supervision', { authority, level: levelText })}</div>);
    const documentNo = str(body['documentNo']);
    if (documentNo) lines.push(<Line key="doc" label={t('hazard.timeline.documentNo')}>{documentNo}</Line>);
  }
  if (entry.action === 'order_deadline') {
    const documentNo = str(body['documentNo']);
    if (documentNo) lines.push(<Line key="order" label={t('hazard.timeline.documentNo')}>{documentNo}</Line>);
  }
  if (entry.action === 'request_extension') {
    const requested = deadlineText(body['requestedDeadline']);
    if (requested) lines.push(<div key="requested">{t('hazard.timeline.requested', { deadline: requested })}</div>);
  }
  if (entry.action === 'decide_extension' && typeof body['granted'] === 'boolean') {
    lines.push(
      <Typography.Text key="decision" type={body['granted'] ? 'success' : 'danger'}>
        {body['granted'] ? t('hazard.timeline.granted') : t('hazard.timeline.refused')}
      </Typography.Text>,
    );
  }
  const note = str(body['note']);
  const comment = str(body['comment']);
  const reason = str(body['reason']);
  if (note) lines.push(<Line key="note" label={t('hazard.timeline.note')}>{note}</Line>);
  if (reason) lines.push(<Line key="reason" label={t('hazard.timeline.reason')}>{reason}</Line>);
  if (comment) lines.push(<Line key="comment" label={t('hazard.timeline.comment')}>{comment}</Line>);
  if (photoIds.length > 0 && entry.action !== 'report') {
    lines.push(<PhotoThumbnails key="photos" ids={photoIds} size={56} />);
  }
  if (lines.length === 0) return null;
  return (
    <Flex vertical gap={4} style={{ marginTop: 6, fontSize: 13, color: 'rgba(0,0,0,0.75)' }}>
      {lines}
    </Flex>
  );
}

function toItem(entry: HazardTimelineEntry, t: TFunction): TimelineItemProps {
  const deadlineChange =
    entry.deadlineTo &&
    (entry.deadlineFrom
      ? t('hazard.timeline.deadlineChange', { from: formatCityTime(entry.deadlineFrom), to: formatCityTime(entry.deadlineTo) })
      : t('hazard.timeline.deadlineSet', { to: formatCityTime(entry.deadlineTo) }));
  return {
    key: entry.id,
    color: COLORS[entry.action],
    content: (
      <div data-testid="hazard-timeline-entry" data-action={entry.action}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t(`hazard.events.${entry.action}`)}</Typography.Text>
          {entry.fromStatus !== entry.toStatus && <HazardStatusTag status={entry.toStatus} />}
        </Flex>
        <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 2 }}>
          {formatCityTime(entry.at)} · {entry.actorName}
        </div>
        {deadlineChange && (
          <div style={{ fontSize: 13, marginTop: 4, fontVariantNumeric: 'tabular-nums' }}>{deadlineChange}</div>
        )}
        <BodyDetails entry={entry} t={t} />
      </div>
    ),
  };
}

/** Every event of the hazard, oldest first: the story from report to closure. */
export function HazardTimelineCard({ timeline }: { timeline: readonly HazardTimelineEntry[] }) {
  const { t } = useTranslation();
  const cardSize = useCardSize();
  const entries = [...timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  return (
    <Card size={cardSize} title={t('hazard.detail.timeline')} data-testid="hazard-timeline">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hazard.timeline.empty')} />
      ) : (
        <Timeline items={entries.map((entry) => toItem(entry, t))} style={{ marginTop: 8 }} />
      )}
    </Card>
  );
}

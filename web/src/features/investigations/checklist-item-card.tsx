import { CheckOutlined, CloseOutlined, MinusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Tag, Typography, type ButtonProps } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoUploadField } from '../hazards/photo-upload-field.tsx';
import { answerLabel } from './checklist-answers.ts';
import type { ChecklistItemView, ResultOutcome } from './investigation.types.ts';
import type { ItemAnswer } from './task-execution-state.ts';

const OUTCOME_LOOK: Record<ResultOutcome, { color: ButtonProps['color']; icon: ReactNode }> = {
  pass: { color: 'green', icon: <CheckOutlined /> },
  fail: { color: 'danger', icon: <CloseOutlined /> },
  not_applicable: { color: 'default', icon: <MinusOutlined /> },
};
const OUTCOMES: ResultOutcome[] = ['pass', 'fail', 'not_applicable'];

export function MajorCriterionTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" style={{ marginInlineEnd: 0 }}>
      {t('investigation.execution.majorCriterion')}
    </Tag>
  );
}

export function legalBasisText(basis: ChecklistItemView['legalBasis']): string {
  return [basis.standard, basis.article, basis.item].filter(Boolean).join(' ');
}

interface ChecklistItemCardProps {
  index: number;
  item: ChecklistItemView;
  answer: ItemAnswer;
  onChange: (answer: ItemAnswer) => void;
  disabled?: boolean;
}

/**
 * One checklist item on a phone: what to check, under which rule, and three thumb-sized outcome buttons, worded
 * the right way round for the item (存在此问题 / 不存在此问题 for an item that describes a problem).
 */
export function ChecklistItemCard({ index, item, answer, onChange, disabled }: ChecklistItemCardProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const photosId = useId();
  const failed = answer.outcome === 'fail';
  return (
    <Card
      size="small"
      data-testid="checklist-item"
      data-item-code={item.code}
      data-major={item.isMajorCriterion || undefined}
      styles={{ body: { padding: 14 } }}
      style={{ borderColor: failed ? '#ffa39e' : answer.outcome ? '#b7eb8f' : undefined }}
    >
      <Flex vertical gap={10}>
        <Flex gap={8} align="flex-start">
          <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', flex: 'none', minWidth: 22 }}>
            {index + 1}.
          </Typography.Text>
          <Flex vertical gap={6} style={{ minWidth: 0 }}>
            <Typography.Text style={{ fontSize: 15, lineHeight: 1.6 }}>{item.content}</Typography.Text>
            <Flex gap={6} wrap align="center">
              {item.isMajorCriterion && <MajorCriterionTag />}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {legalBasisText(item.legalBasis)}
              </Typography.Text>
            </Flex>
            {item.phrasing === 'violation' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="violation-hint">
                {t('checklistAnswers.violationHint')}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
        <Flex gap={8} role="group" aria-label={t('investigation.execution.outcomeOf', { index: index + 1 })}>
          {OUTCOMES.map((outcome) => {
            const selected = answer.outcome === outcome;
            return (
              <Button
                key={outcome}
                size="large"
                data-outcome={outcome}
                aria-pressed={selected}
                disabled={disabled}
                color={OUTCOME_LOOK[outcome].color}
                variant={selected ? 'solid' : 'outlined'}
                // "不存在此问题" needs the whole third of a phone's width: the colour tells the outcome there.
                icon={item.phrasing === 'violation' ? undefined : OUTCOME_LOOK[outcome].icon}
                onClick={() => onChange({ ...answer, outcome })}
                style={{ flex: 1, minWidth: 0, height: 48, paddingInline: 4, whiteSpace: 'normal', lineHeight: 1.2 }}
              >
                {answerLabel(t, item.phrasing, outcome)}
              </Button>
            );
          })}
        </Flex>
        {failed && (
          <Flex vertical gap={8} style={{ background: '#fff7f6', borderRadius: 6, padding: 10 }}>
            <Typography.Text type="danger" style={{ fontSize: 13 }}>
              {item.isMajorCriterion ? t('investigation.execution.willCreateMajor') : t('investigation.execution.willCreateGeneral')}
            </Typography.Text>
            <label htmlFor={noteId} style={{ fontSize: 13 }}>
              {t('investigation.execution.note')}
            </label>
            <Input.TextArea
              id={noteId}
              value={answer.note ?? ''}
              onChange={(event) => onChange({ ...answer, note: event.target.value })}
              placeholder={t('investigation.execution.notePlaceholder')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              disabled={disabled}
            />
            <label htmlFor={photosId} style={{ fontSize: 13 }}>
              {t('investigation.execution.photos')}
            </label>
            <div>
              <PhotoUploadField
                id={photosId}
                value={answer.photos}
                onChange={(photos) => onChange({ ...answer, photos })}
                disabled={disabled}
              />
            </div>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

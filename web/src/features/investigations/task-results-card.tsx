import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answerLabel, type ChecklistPhrasing } from './checklist-answers.ts';
import type { ResultOutcome, TaskDetail } from './investigation.types.ts';
import { legalBasisText, MajorCriterionTag } from './checklist-item-card.tsx';

const OUTCOME_COLORS: Record<ResultOutcome, string> = { pass: 'success', fail: 'error', not_applicable: 'default' };

/** An answer as a tag, worded for the item's phrasing (a problem found is red either way). */
export function OutcomeTag({ outcome, phrasing = 'requirement' }: { outcome: ResultOutcome; phrasing?: ChecklistPhrasing }) {
  const { t } = useTranslation();
  return (
    <Tag color={OUTCOME_COLORS[outcome]} style={{ marginInlineEnd: 0, flex: 'none' }}>
      {answerLabel(t, phrasing, outcome)}
    </Tag>
  );
}

/** A done task's answers, each failed item with a link to the hazard it created. */
export function TaskResultsCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const items = new Map(task.items.map((item) => [item.code, item]));
  return (
    <Card title={t('investigation.execution.resultsTitle')} styles={{ body: { paddingBlock: 4 } }}>
      <List
        dataSource={task.results}
        renderItem={(result, index) => {
          const item = items.get(result.itemCode);
          return (
            <List.Item key={result.itemCode} data-testid="task-result" data-outcome={result.outcome}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8} align="flex-start">
                  <Typography.Text>
                    {index + 1}. {item?.content ?? result.itemCode}
                  </Typography.Text>
                  <OutcomeTag outcome={result.outcome} phrasing={item?.phrasing} />
                </Flex>
                <Flex gap={6} wrap align="center">
                  {item?.isMajorCriterion && <MajorCriterionTag />}
                  {item && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {legalBasisText(item.legalBasis)}
                    </Typography.Text>
                  )}
                </Flex>
                {result.note && <Typography.Text type="secondary">{result.note}</Typography.Text>}
                {result.hazardId && (
                  <Link to={`/hazards/${result.hazardId}`} data-testid="task-result-hazard">
                    {t('investigation.execution.viewHazard')}
                  </Link>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

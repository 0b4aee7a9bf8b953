import { CheckOutlined, CloseOutlined, DeleteOutlined, MinusOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, InputNumber, Typography, type ButtonProps } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phrasingOfText } from '../../../../core/hazards/checklists/checklist-phrasing.ts';
import { scoreSummary, type ExpertReportBody } from '../../../../core/inspections/expert-assessment.ts';
import { answerLabel, type ChecklistPhrasing } from '../investigations/checklist-answers.ts';
import { legalBasisText, MajorCriterionTag } from '../investigations/checklist-item-card.tsx';
import type { ChecklistItemView } from '../investigations/investigation.types.ts';
import './expert-campaigns.texts.ts';

type Choice = 'pass' | 'fail' | 'skip';
export interface ScoredAnswer {
  outcome?: Choice;
  score?: number | null;
  maxScore: number;
  note: string;
}
interface FreeAnswer extends ScoredAnswer {
  key: number;
  item: string;
}

const DEFAULT_MAX = 10;
const LOOK: Record<Choice, { color: ButtonProps['color']; icon: ReactNode }> = {
  pass: { color: 'green', icon: <CheckOutlined /> },
  fail: { color: 'danger', icon: <CloseOutlined /> },
  skip: { color: 'default', icon: <MinusOutlined /> },
};

const scored = (a: ScoredAnswer) => (a.outcome === 'pass' || a.outcome === 'fail') && typeof a.score === 'number';

/** The body, and what the bar shows: every checklist item answered (N/A leaves it out), one scored finding at least. */
export function reportOf(items: readonly ChecklistItemView[], answers: Record<string, ScoredAnswer>, free: readonly FreeAnswer[], conclusion: string) {
  const findings: ExpertReportBody['findings'] = [];
  for (const item of items) {
    const a = answers[item.code];
    if (a && scored(a)) findings.push({ itemCode: item.code, outcome: a.outcome as 'pass' | 'fail', score: a.score as number, maxScore: a.maxScore, note: a.note.trim() });
  }
  for (const f of free) {
    if (f.item.trim() && scored(f)) findings.push({ item: f.item.trim(), outcome: f.outcome as 'pass' | 'fail', score: f.score as number, maxScore: f.maxScore, note: f.note.trim() });
  }
  const answered = items.filter((i) => answers[i.code]?.outcome === 'skip' || (answers[i.code] && scored(answers[i.code]!))).length;
  const freeReady = free.every((f) => f.item.trim() && scored(f));
  const summary = scoreSummary(findings);
  return {
    body: { findings, conclusion: conclusion.trim() },
    answered,
    problems: findings.filter((f) => f.outcome === 'fail').length,
    summary,
    canSubmit: answered === items.length && freeReady && findings.length > 0 && conclusion.trim().length > 0,
  };
}

interface AnswerControlsProps {
  index: string;
  phrasing: ChecklistPhrasing;
  answer: ScoredAnswer;
  onChange: (a: ScoredAnswer) => void;
  disabled: boolean;
}

/** Outcome buttons worded for the item's phrasing, then the score and a note once answered. */
function AnswerControls({ index, phrasing, answer, onChange, disabled }: AnswerControlsProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const choose = (outcome: Choice) => {
    // A full score for "compliant", none for "not", until the expert says otherwise.
    const score = outcome === 'skip' ? answer.score : (answer.outcome === outcome ? answer.score : outcome === 'pass' ? answer.maxScore : 0);
    onChange({ ...answer, outcome, score });
  };
  return (
    <Flex vertical gap={10}>
      <Flex gap={8} role="group" aria-label={index}>
        {(['pass', 'fail', 'skip'] as const).map((choice) => (
          <Button
            key={choice}
            size="large"
            data-choice={choice}
            aria-pressed={answer.outcome === choice}
            disabled={disabled}
            color={LOOK[choice].color}
            variant={answer.outcome === choice ? 'solid' : 'outlined'}
            // "不存在此问题" needs the whole third of a phone's width: the colour tells the outcome there.
            icon={phrasing === 'violation' ? undefined : LOOK[choice].icon}
            onClick={() => choose(choice)}
            style={{ flex: 1, minWidth: 0, height: 48, paddingInline: 4, whiteSpace: 'normal', lineHeight: 1.2 }}
          >
            {choice === 'skip' ? t('expertCampaigns.report.skip') : answerLabel(t, phrasing, choice)}
          </Button>
        ))}
      </Flex>
      {(answer.outcome === 'pass' || answer.outcome === 'fail') && (
        <Flex vertical gap={8} style={{ background: answer.outcome === 'fail' ? '#fff7f6' : '#f6ffed', borderRadius: 6, padding: 10 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text style={{ fontSize: 13 }}>{t('expertCampaigns.report.score')}</Typography.Text>
            <InputNumber
              aria-label={t('expertCampaigns.report.score')}
              data-testid="finding-score"
              inputMode="numeric"
              min={0}
              max={answer.maxScore}
              precision={0}
              value={answer.score}
              onChange={(score) => onChange({ ...answer, score })}
              disabled={disabled}
              style={{ width: 88 }}
            />
            <Typography.Text type="secondary">/</Typography.Text>
            <InputNumber
              aria-label={t('expertCampaigns.report.maxScore')}
              inputMode="numeric"
              min={1}
              max={1000}
              precision={0}
              value={answer.maxScore}
              onChange={(max) => {
                const maxScore = max ?? DEFAULT_MAX;
                onChange({ ...answer, maxScore, score: typeof answer.score === 'number' ? Math.min(answer.score, maxScore) : answer.score });
              }}
              disabled={disabled}
              style={{ width: 88 }}
            />
          </Flex>
          <label htmlFor={noteId} style={{ fontSize: 13 }}>
            {t('expertCampaigns.fields.note')}
          </label>
          <Input.TextArea
            id={noteId}
            value={answer.note}
            onChange={(e) => onChange({ ...answer, note: e.target.value })}
            placeholder={t('expertCampaigns.report.notePlaceholder')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            disabled={disabled}
          />
        </Flex>
      )}
    </Flex>
  );
}

interface ExpertReportFormProps {
  items: readonly ChecklistItemView[];
  submitting: boolean;
  onSubmit: (body: ExpertReportBody) => void;
}

/**
 * The expert's report on a phone: one card per checklist item that applies to the enterprise (answered the right
 * way round for its phrasing, then scored), other items of their own, the conclusion, and a sticky bar with the
 * progress and the submit button, which asks for confirmation — the report cannot change afterwards.
 */
export function ExpertReportForm({ items, submitting, onSubmit }: ExpertReportFormProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [answers, setAnswers] = useState<Record<string, ScoredAnswer>>({});
  const [free, setFree] = useState<FreeAnswer[]>(items.length === 0 ? [{ key: 0, item: '', maxScore: DEFAULT_MAX, note: '' }] : []);
  const [conclusion, setConclusion] = useState('');
  const conclusionId = useId();
  const report = reportOf(items, answers, free, conclusion);

  const confirm = () =>
    void modal.confirm({
      title: t('expertCampaigns.report.confirmTitle'),
      content: t('expertCampaigns.report.confirmBody', { count: report.body.findings.length, score: report.summary.score, maxScore: report.summary.maxScore, problems: report.problems }),
      okText: t('expertCampaigns.report.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'report-confirm-ok' } },
      onOk: () => onSubmit(report.body),
    });

  return (
    <Flex vertical gap={12} data-testid="expert-report-form">
      {items.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('expertCampaigns.report.formHint')}
        </Typography.Text>
      )}
      {items.map((item, index) => {
        const answer = answers[item.code] ?? { maxScore: DEFAULT_MAX, note: '' };
        return (
          <Card key={item.code} size="small" data-testid="expert-item" data-item-code={item.code} styles={{ body: { padding: 14 } }}
            style={{ borderColor: answer.outcome === 'fail' ? '#ffa39e' : answer.outcome ? '#b7eb8f' : undefined }}
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
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('checklistAnswers.violationHint')}
                    </Typography.Text>
                  )}
                </Flex>
              </Flex>
              <AnswerControls
                index={`${index + 1}`}
                phrasing={item.phrasing}
                answer={answer}
                onChange={(a) => setAnswers((current) => ({ ...current, [item.code]: a }))}
                disabled={submitting}
              />
            </Flex>
          </Card>
        );
      })}
      <Typography.Text strong style={{ marginTop: 4 }}>
        {t('expertCampaigns.report.freeFindings')}
      </Typography.Text>
      {free.map((f, i) => (
        <Card key={f.key} size="small" data-testid="expert-free-finding" styles={{ body: { padding: 14 } }}>
          <Flex vertical gap={10}>
            <Flex gap={8} align="center">
              <Input
                value={f.item}
                maxLength={500}
                placeholder={t('expertCampaigns.report.itemPlaceholder')}
                aria-label={t('expertCampaigns.fields.item')}
                onChange={(e) => setFree((list) => list.map((x, k) => (k === i ? { ...x, item: e.target.value } : x)))}
                disabled={submitting}
              />
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('expertCampaigns.report.removeFinding')} onClick={() => setFree((list) => list.filter((_, k) => k !== i))} />
            </Flex>
            <AnswerControls
              index={`+${i + 1}`}
              phrasing={f.item.trim() ? phrasingOfText(f.item) : 'requirement'}
              answer={f}
              onChange={(a) => setFree((list) => list.map((x, k) => (k === i ? { ...x, ...a } : x)))}
              disabled={submitting}
            />
          </Flex>
        </Card>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => setFree((list) => [...list, { key: Date.now(), item: '', maxScore: DEFAULT_MAX, note: '' }])} disabled={submitting}>
        {t('expertCampaigns.report.addFinding')}
      </Button>
      <label htmlFor={conclusionId} style={{ fontWeight: 600, marginTop: 4 }}>
        {t('expertCampaigns.fields.conclusion')}
      </label>
      <Input.TextArea
        id={conclusionId}
        value={conclusion}
        onChange={(e) => setConclusion(e.target.value)}
        placeholder={t('expertCampaigns.report.conclusionPlaceholder')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={5000}
        disabled={submitting}
        data-testid="report-conclusion"
      />
      <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5, boxShadow: '0 -2px 10px rgba(0, 21, 41, 0.10)' }} styles={{ body: { padding: '10px 14px' } }}>
        <Flex align="center" gap={12} wrap>
          <Flex vertical style={{ flex: 1, minWidth: 150 }}>
            <Typography.Text data-testid="report-progress" style={{ fontSize: 13 }}>
              {items.length > 0 && `${t('expertCampaigns.report.progress', { answered: report.answered, total: items.length })} · `}
              {report.summary.score} / {report.summary.maxScore}
              {report.problems > 0 && (
                <Typography.Text type="danger" style={{ fontSize: 13 }}>
                  {' · '}
                  {t('expertCampaigns.report.problems', { count: report.problems })}
                </Typography.Text>
              )}
            </Typography.Text>
            {!conclusion.trim() && report.answered === items.length && report.body.findings.length > 0 && (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t('expertCampaigns.report.needsConclusion')}
              </Typography.Text>
            )}
          </Flex>
          <Button type="primary" size="large" icon={<SendOutlined />} disabled={!report.canSubmit} loading={submitting} onClick={confirm} data-testid="report-submit">
            {t('expertCampaigns.report.submit')}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}

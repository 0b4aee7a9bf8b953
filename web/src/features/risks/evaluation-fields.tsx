import { Button, Flex, Form, Radio, Select, Statistic, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { RiskLevelTag } from './risk-level-tag.tsx';
import { LEVEL_HEX, SCORES, SUGGESTED_CONTROL_LEVEL, type ControlLevel, type RiskEvaluationInput } from './risk.types.ts';
import { useRiskEvaluation } from './use-risks.query.ts';

/** The scores a form holds at its top level: `method` and the scores of LEC (l, e, c) or LS (l, s). */
export interface ScoreValues {
  method: 'lec' | 'ls';
  l?: number;
  e?: number;
  c?: number;
  s?: number;
}

/** The scores on the form as an evaluation, once every score of the method is chosen. */
export function evaluationOf(v: Partial<ScoreValues>): RiskEvaluationInput | undefined {
  if (v.method === 'lec' && v.l !== undefined && v.e !== undefined && v.c !== undefined) return { method: 'lec', l: v.l, e: v.e, c: v.c };
  if (v.method === 'ls' && v.l !== undefined && v.s !== undefined) return { method: 'ls', l: v.l, s: v.s };
  return undefined;
}

/** An evaluation as the form's score fields. */
export const scoreValuesOf = (e: RiskEvaluationInput): ScoreValues => (e.method === 'lec' ? { method: 'lec', l: e.l, e: e.e, c: e.c } : { method: 'ls', l: e.l, s: e.s });

/** `LEC L3 × E6 × C15 = 270` or `LS L4 × S5 = 20`. */
export function scoresText(e: RiskEvaluationInput, score: number): string {
  return e.method === 'lec' ? `LEC L${e.l} × E${e.e} × C${e.c} = ${score}` : `LS L${e.l} × S${e.s} = ${score}`;
}

const options = (scores: readonly number[]) => scores.map((s) => ({ value: s, label: String(s) }));

/**
 * The method and its score selects, and the live grade (score, LEC band, level and colour) by the server's
 * configured mapping as the scores are chosen. Place inside the form that holds them.
 */
export function EvaluationFields<V extends ScoreValues>({ form, onSuggestControlLevel }: { form: FormInstance<V>; onSuggestControlLevel?: (level: ControlLevel) => void }) {
  const { t } = useTranslation();
  const method = (Form.useWatch('method', form) as ScoreValues['method'] | undefined) ?? 'lec';
  const scores: Partial<ScoreValues> = {
    method,
    l: Form.useWatch('l', form) as number | undefined,
    e: Form.useWatch('e', form) as number | undefined,
    c: Form.useWatch('c', form) as number | undefined,
    s: Form.useWatch('s', form) as number | undefined,
  };
  const input = evaluationOf(scores);
  const evaluation = useRiskEvaluation(input);
  const result = input ? evaluation.data : undefined;
  const resetScores = () => (form as FormInstance).setFieldsValue({ l: undefined, e: undefined, c: undefined, s: undefined });

  return (
    <>
      <Form.Item name="method">
        <Radio.Group
          optionType="button"
          onChange={resetScores}
          options={[
            { value: 'lec', label: 'LEC' },
            { value: 'ls', label: 'LS' },
          ]}
        />
      </Form.Item>
      <Typography.Text type="secondary">{t(`risks.method.${method}`)}</Typography.Text>
      {method === 'lec' ? (
        <>
          <Form.Item name="l" label={t('risks.score.lecL')} rules={[{ required: true }]}>
            <Select options={options(SCORES.lecL)} />
          </Form.Item>
          <Form.Item name="e" label={t('risks.score.lecE')} rules={[{ required: true }]}>
            <Select options={options(SCORES.lecE)} />
          </Form.Item>
          <Form.Item name="c" label={t('risks.score.lecC')} rules={[{ required: true }]}>
            <Select options={options(SCORES.lecC)} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="l" label={t('risks.score.lsL')} rules={[{ required: true }]}>
            <Select options={options(SCORES.ls)} />
          </Form.Item>
          <Form.Item name="s" label={t('risks.score.lsS')} rules={[{ required: true }]}>
            <Select options={options(SCORES.ls)} />
          </Form.Item>
        </>
      )}
      <div data-testid="live-evaluation" style={{ borderLeft: `8px solid ${result ? LEVEL_HEX[result.level] : '#d9d9d9'}`, padding: '8px 12px', background: '#fafafa' }}>
        <Typography.Text type="secondary">{t('risks.live')}</Typography.Text>
        {result ? (
          <Flex gap={16} align="center" wrap>
            <Statistic title={t('risks.fields.score')} value={result.score} />
            {result.band && <Statistic title={t('risks.fields.band')} value={t(`risks.band.${result.band}` as 'risks.band.1')} />}
            <RiskLevelTag level={result.level} />
            {onSuggestControlLevel && (
              <Button size="small" type="link" onClick={() => onSuggestControlLevel(SUGGESTED_CONTROL_LEVEL[result.level])}>
                {t('risks.fields.controlLevel')}: {t(`risks.controlLevel.${SUGGESTED_CONTROL_LEVEL[result.level]}`)}
              </Button>
            )}
          </Flex>
        ) : (
          <div style={{ color: '#999' }}>{t('risks.liveHint')}</div>
        )}
      </div>
    </>
  );
}

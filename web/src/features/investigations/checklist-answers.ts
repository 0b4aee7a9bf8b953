import type { TFunction } from 'i18next';
import type { ChecklistPhrasing } from '../../../../core/hazards/checklists/checklist-phrasing.ts';
import './checklist-answers.texts.ts';

export type { ChecklistPhrasing };
export type AnswerOutcome = 'pass' | 'fail' | 'not_applicable';

/**
 * The words of an answer, the right way round for the item (core/hazards/checklists/checklist-phrasing.ts): a
 * requirement is 合格 / 不合格, a described problem 不存在此问题 / 存在此问题. The outcome — what is stored — is the same:
 * `pass` is compliant, `fail` is not.
 */
export function answerLabel(t: TFunction, phrasing: ChecklistPhrasing, outcome: AnswerOutcome): string {
  return phrasing === 'violation' ? t(`checklistAnswers.violation.${outcome}`) : t(`investigation.outcomes.${outcome}`);
}

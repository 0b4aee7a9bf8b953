import { photoIdsOf, type PhotoFile } from '../hazards/photo-upload-field.tsx';
import type { ChecklistItemView, ResultOutcome, TaskResultInput } from './investigation.types.ts';

/** What the officer has entered for one item so far. */
export interface ItemAnswer {
  outcome?: ResultOutcome;
  note?: string;
  photos?: PhotoFile[];
}

export type Answers = Record<string, ItemAnswer>;

export interface ExecutionSummary {
  total: number;
  answered: number;
  failed: number;
  /** Failed items that are 重大事故隐患 criteria: each becomes a major hazard. */
  failedMajor: number;
  /** A photo still uploading or failed blocks the submit, so no result goes without its evidence. */
  photosPending: boolean;
  canSubmit: boolean;
}

/**
 * The submit rule of the execution screen: the server wants one result per item (taskResultsBodySchema), so
 * the button stays off until every item has an outcome and every photo has finished uploading.
 */
export function summarise(items: readonly ChecklistItemView[], answers: Answers): ExecutionSummary {
  let answered = 0;
  let failed = 0;
  let failedMajor = 0;
  let photosPending = false;
  for (const item of items) {
    const answer = answers[item.code];
    if (!answer?.outcome) continue;
    answered += 1;
    if (answer.outcome !== 'fail') continue;
    failed += 1;
    if (item.isMajorCriterion) failedMajor += 1;
    if ((answer.photos ?? []).some((file) => file.status !== 'done')) photosPending = true;
  }
  const total = items.length;
  return { total, answered, failed, failedMajor, photosPending, canSubmit: total > 0 && answered === total && !photosPending };
}

/** The request body: notes and photos travel only with a failed item, the one that becomes a hazard. */
export function toResults(items: readonly ChecklistItemView[], answers: Answers): TaskResultInput[] {
  return items.flatMap((item): TaskResultInput[] => {
    const answer = answers[item.code];
    if (!answer?.outcome) return [];
    const note = answer.note?.trim();
    if (answer.outcome !== 'fail') return [{ itemCode: item.code, outcome: answer.outcome, photoIds: [] }];
    return [{ itemCode: item.code, outcome: 'fail', photoIds: photoIdsOf(answer.photos), ...(note ? { note } : {}) }];
  });
}

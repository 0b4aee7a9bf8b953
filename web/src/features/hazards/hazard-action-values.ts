import { GOVERNANCE_PLAN_ELEMENTS, type GovernancePlanElement } from '../../../../core/hazards/governance-plan.ts';
import type { HazardAction, RectificationMode, SupervisionLevel, TransitionBodyInput } from './hazard.types.ts';
import { deadlineForApi, EMPTY_DEADLINE, type DeadlineValue } from './deadline-input.tsx';
import type { FieldPath } from './hazard-form-errors.ts';
import { photoIdsOf, type PhotoFile } from './photo-upload-field.tsx';

/** Everything an action's form may hold; each action's form uses its own part. */
export interface ActionFormValues {
  rectification?: {
    mode?: RectificationMode;
    deadline?: DeadlineValue;
    responsiblePerson?: string;
    measures?: string;
    fundsYuan?: number | null;
  };
  governancePlan?: Partial<Record<GovernancePlanElement, string>>;
  note?: string;
  photos?: PhotoFile[];
  comment?: string;
  level?: SupervisionLevel;
  authority?: string;
  documentNo?: string;
  deadline?: DeadlineValue;
  requestedDeadline?: DeadlineValue;
  reason?: string;
  granted?: boolean;
}

export function initialActionValues(action: HazardAction, grade: 'general' | 'major'): ActionFormValues {
  switch (action) {
    case 'start_rectification':
      return {
        rectification: { mode: grade === 'major' ? 'deadline' : undefined, deadline: EMPTY_DEADLINE, fundsYuan: null },
        governancePlan: {},
      };
    case 'submit_for_review':
    case 'rectify_immediately':
      return { note: '', photos: [] };
    case 'list_for_supervision':
      return { deadline: EMPTY_DEADLINE };
    case 'request_extension':
      return { requestedDeadline: EMPTY_DEADLINE };
    default:
      return {};
  }
}

const text = (value: string | undefined) => (value ?? '').trim();
const optional = (value: string | undefined) => (text(value) ? text(value) : undefined);

/** Only the elements that were filled in: a blank element is missing, not an empty answer. */
function planOf(values: ActionFormValues): Partial<Record<GovernancePlanElement, string>> | undefined {
  const plan: Partial<Record<GovernancePlanElement, string>> = {};
  for (const { key } of GOVERNANCE_PLAN_ELEMENTS) {
    const value = optional(values.governancePlan?.[key]);
    if (value) plan[key] = value;
  }
  return Object.keys(plan).length > 0 ? plan : undefined;
}

/**
 * The transition body for an action (core/hazards/hazard-transition.schema.ts), from its validated form.
 * `extensionId` is the pending request's number, which only `decide_extension` needs.
 */
export function toTransitionBody(action: HazardAction, values: ActionFormValues, extensionId?: number): TransitionBodyInput {
  switch (action) {
    case 'start_rectification': {
      const r = values.rectification ?? {};
      return {
        action,
        rectification: {
          mode: r.mode ?? 'deadline',
          deadline: deadlineForApi(r.deadline),
          responsiblePerson: text(r.responsiblePerson),
          measures: text(r.measures),
          fundsYuan: r.fundsYuan ?? 0,
        },
        governancePlan: planOf(values),
      };
    }
    case 'submit_for_review':
    case 'rectify_immediately':
      return { action, note: text(values.note), photoIds: photoIdsOf(values.photos) };
    case 'approve':
      return { action, comment: optional(values.comment) };
    case 'reject':
      return { action, comment: text(values.comment) };
    case 'list_for_supervision':
      return {
        action,
        level: values.level ?? 'city',
        authority: text(values.authority),
        deadline: deadlineForApi(values.deadline) ?? '',
        documentNo: optional(values.documentNo),
      };
    case 'request_extension':
      return { action, requestedDeadline: deadlineForApi(values.requestedDeadline) ?? '', reason: text(values.reason) };
    case 'decide_extension':
      return { action, extensionId: extensionId ?? 0, granted: values.granted === true, comment: optional(values.comment) };
  }
}

/** The fields of each action's form that can show a server error, by API path. */
export const ACTION_FIELDS: Readonly<Record<HazardAction, readonly FieldPath[]>> = {
  start_rectification: [
    ['rectification', 'mode'],
    ['rectification', 'deadline'],
    ['rectification', 'responsiblePerson'],
    ['rectification', 'measures'],
    ['rectification', 'fundsYuan'],
    ...GOVERNANCE_PLAN_ELEMENTS.map(({ key }) => ['governancePlan', key]),
  ],
  submit_for_review: [['note'], ['photos']],
  rectify_immediately: [['note'], ['photos']],
  approve: [['comment']],
  reject: [['comment']],
  list_for_supervision: [['level'], ['authority'], ['deadline'], ['documentNo']],
  request_extension: [['requestedDeadline'], ['reason']],
  decide_extension: [['granted'], ['comment']],
};

/** Actions whose outcome goes against the person who asked: the user confirms first. */
export function needsConfirmation(action: HazardAction, values: ActionFormValues): boolean {
  return action === 'reject' || (action === 'decide_extension' && values.granted === false);
}

import { campaignStatusOn, scoreSummary, type ExpertAssignment, type ExpertCampaignSummary, type ExpertFindingView } from '../../core/inspections/expert-assessment.ts';
import { phrasingOfText } from '../../core/hazards/checklists/checklist-phrasing.ts';
import type { AssignmentRow, CampaignRow, FindingRow } from './expert-campaign.repository.ts';

export const checklistOf = (c: Pick<CampaignRow, 'builtin_checklist' | 'checklist_id' | 'checklist_name'>) =>
  c.checklist_name === null ? null : { id: (c.builtin_checklist ?? c.checklist_id) as string, name: c.checklist_name, builtIn: c.builtin_checklist !== null };

export const presentCampaign = (r: CampaignRow, today: string): ExpertCampaignSummary => ({
  id: r.id,
  name: r.name,
  keyIndustry: r.key_industry,
  departmentId: r.department_id,
  departmentName: r.department_name,
  startDate: r.starts_on,
  endDate: r.ends_on,
  status: campaignStatusOn({ startDate: r.starts_on, endDate: r.ends_on }, today),
  checklist: checklistOf(r),
  createdByName: r.created_by_name,
  createdAt: r.created_at,
  assignmentCount: Number(r.assignment_count),
  reportedCount: Number(r.reported_count),
});

export const presentAssignment = (a: AssignmentRow): ExpertAssignment => ({
  id: a.id,
  enterpriseId: a.enterprise_id,
  enterpriseName: a.enterprise_name,
  expertId: a.expert_id,
  expertName: a.expert_name,
  reportedAt: a.reported_at,
  score: a.score,
  maxScore: a.max_score,
  percent: a.score !== null && a.max_score ? scoreSummary([{ score: a.score, maxScore: a.max_score }]).percent : null,
  problemCount: Number(a.problem_count),
});

export const presentFinding = (f: FindingRow, isMajorCriterion: boolean): ExpertFindingView => ({
  id: f.id,
  itemCode: f.item_code,
  item: f.item,
  phrasing: f.phrasing ?? phrasingOfText(f.item),
  outcome: f.outcome,
  score: f.score,
  maxScore: f.max_score,
  note: f.note,
  isMajorCriterion,
  hazardId: f.hazard_id,
  riskPointId: f.risk_point_id,
  riskPointName: f.risk_point_name,
});

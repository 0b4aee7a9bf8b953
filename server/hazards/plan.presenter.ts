import type { Plan, PlanEnterpriseFilter } from '../../core/hazards/investigation-plan.schema.ts';
import { investigationFrequencySchema } from '../../core/hazards/investigation-periods.ts';
import { planDates } from '../../core/hazards/plan-window.ts';
import type { PlanRow } from './plan.repository.ts';

export function presentPlan(row: PlanRow, now: Date): Plan {
  return {
    id: row.id,
    name: row.name,
    keyAreas: row.key_areas,
    checklist: { id: row.builtin_checklist ?? row.checklist_id ?? '', name: row.checklist_name, builtIn: row.builtin_checklist !== null },
    frequency: investigationFrequencySchema.parse(row.frequency),
    ...planDates({ startsAt: row.starts_at, endsAt: row.ends_at }),
    active: now < row.ends_at,
    departmentId: row.department_id,
    enterpriseId: row.enterprise_id,
    enterpriseCount: row.enterprise_count,
    filter: (row.enterprise_filter as PlanEnterpriseFilter | null) ?? null,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
  };
}

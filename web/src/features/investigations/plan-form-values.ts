import type { Dayjs } from 'dayjs';
import type { FieldPath } from '../hazards/hazard-form-errors.ts';
import type { KeyIndustry } from '../organisations/enterprise.types.ts';
import type { InvestigationFrequency, PlanCreate } from './investigation.types.ts';

export type EnterpriseChoice = 'explicit' | 'filter';

export interface PlanFormValues {
  name: string;
  keyAreas: string[];
  checklist: string;
  frequency: InvestigationFrequency;
  startDate: Dayjs;
  endDate: Dayjs;
  choice: EnterpriseChoice;
  enterpriseIds?: string[];
  regionCodes?: string[];
  industryCode?: string;
  keyIndustry?: KeyIndustry;
}

export const PLAN_FIELDS: readonly FieldPath[] = [
  ['name'],
  ['keyAreas'],
  ['checklist'],
  ['frequency'],
  ['startDate'],
  ['endDate'],
  ['enterpriseIds'],
  ['regionCodes'],
  ['industryCode'],
  ['keyIndustry'],
];

/**
 * The request body. An enterprise officer plans for their own enterprise (the server fills it in); a regulator
 * names enterprises or a filter, and a filter with nothing chosen means every enterprise in its scope.
 */
export function toPlanCreate(values: PlanFormValues, forEnterprise: boolean): PlanCreate {
  const base = {
    name: values.name.trim(),
    keyAreas: values.keyAreas.map((area) => area.trim()).filter(Boolean),
    checklist: values.checklist,
    frequency: values.frequency,
    startDate: values.startDate.format('YYYY-MM-DD'),
    endDate: values.endDate.format('YYYY-MM-DD'),
  };
  if (forEnterprise) return base;
  if (values.choice === 'explicit') return { ...base, enterpriseIds: values.enterpriseIds ?? [] };
  return {
    ...base,
    filter: {
      ...(values.regionCodes?.length ? { regionCodes: values.regionCodes } : {}),
      ...(values.industryCode ? { industryCodes: [values.industryCode] } : {}),
      ...(values.keyIndustry ? { keyIndustry: values.keyIndustry } : {}),
    },
  };
}

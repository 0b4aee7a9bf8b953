import type { ApiErrorDetail } from '../../app/api-client.ts';
import type { Enterprise, EnterpriseInput } from './enterprise.types.ts';

/** What the form holds; empty number inputs are null. */
export interface EnterpriseFormValues {
  name: string;
  creditCode: string;
  industryCode: string | undefined;
  regionCode: string | undefined;
  address: string;
  employees: number | null;
  location: { lng: number | null; lat: number | null };
}

export type FormFieldName = keyof EnterpriseFormValues | ['location', 'lng' | 'lat'];

export const EMPTY_FORM_VALUES: EnterpriseFormValues = {
  name: '',
  creditCode: '',
  industryCode: undefined,
  regionCode: undefined,
  address: '',
  employees: null,
  location: { lng: null, lat: null },
};

export function toFormValues(enterprise: Enterprise): EnterpriseFormValues {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    industryCode: enterprise.industryCode,
    regionCode: enterprise.regionCode,
    address: enterprise.address,
    employees: enterprise.employees,
    location: { lng: enterprise.location?.lng ?? null, lat: enterprise.location?.lat ?? null },
  };
}

/** The request body; validation has already made every required value present. */
export function toInput(values: EnterpriseFormValues): EnterpriseInput {
  const { lng, lat } = values.location ?? { lng: null, lat: null };
  return {
    name: values.name.trim(),
    creditCode: values.creditCode,
    industryCode: values.industryCode ?? '',
    regionCode: values.regionCode ?? '',
    address: values.address.trim(),
    employees: values.employees ?? 0,
    location: typeof lng === 'number' && typeof lat === 'number' ? { lng, lat } : null,
  };
}

/**
 * The PATCH body: only fields that changed and that this user may edit, so an enterprise user's
 * save never sends a field the server would refuse.
 */
export function changedInput(
  before: Enterprise,
  input: EnterpriseInput,
  editable: readonly (keyof EnterpriseInput)[] | 'all',
): Partial<EnterpriseInput> {
  const original: EnterpriseInput = {
    name: before.name,
    creditCode: before.creditCode,
    industryCode: before.industryCode,
    regionCode: before.regionCode,
    address: before.address,
    employees: before.employees,
    location: before.location,
  };
  const changes: Partial<Record<keyof EnterpriseInput, unknown>> = {};
  for (const key of Object.keys(input) as (keyof EnterpriseInput)[]) {
    if (editable !== 'all' && !editable.includes(key)) continue;
    if (JSON.stringify(input[key] ?? null) !== JSON.stringify(original[key] ?? null)) changes[key] = input[key];
  }
  return changes as Partial<EnterpriseInput>;
}

const TOP_LEVEL_FIELDS = new Set<string>(['name', 'creditCode', 'industryCode', 'regionCode', 'address', 'employees']);

/** Maps an API error path (`creditCode`, `location.lat`, `location`) to the form field that shows it. */
export function fieldForPath(path: string): FormFieldName | null {
  const [head, tail] = path.replace(/^body\./, '').split('.');
  if (head === 'location') return ['location', tail === 'lat' ? 'lat' : 'lng'];
  if (head && TOP_LEVEL_FIELDS.has(head)) return head as keyof EnterpriseFormValues;
  return null;
}

/** A 400's details on the form's fields; `format` says each in the user's language (api-error-text.ts). */
export function fieldErrorsFrom(details: readonly ApiErrorDetail[], format: (detail: ApiErrorDetail) => string = (detail) => detail.message): {
  fields: { name: FormFieldName; errors: string[] }[];
  unmatched: string[];
} {
  const byField = new Map<string, { name: FormFieldName; errors: string[] }>();
  const unmatched: string[] = [];
  for (const detail of details) {
    const name = fieldForPath(detail.path);
    if (!name) {
      unmatched.push(format(detail));
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(format(detail));
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}

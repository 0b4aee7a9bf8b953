/** Key-industry codes of the open API; labels live in the locale files under `keyIndustries`. */
export const KEY_INDUSTRIES = [
  'coal_mine',
  'non_coal_mine',
  'hazardous_chemicals',
  'fireworks',
  'metal_smelting',
  'construction',
  'transport',
  'industry_trade',
  'gas',
] as const;

export type KeyIndustry = (typeof KEY_INDUSTRIES)[number];

export function isKeyIndustry(value: unknown): value is KeyIndustry {
  return typeof value === 'string' && (KEY_INDUSTRIES as readonly string[]).includes(value);
}

export interface GeoPoint {
  lng: number;
  lat: number;
}

export interface Enterprise {
  id: string;
  name: string;
  creditCode: string;
  industryCode: string;
  industryName: string;
  regionCode: string;
  regionName: string;
  address: string;
  location: GeoPoint | null;
  employees: number;
  keyIndustries: string[];
  highRisk: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Body of POST /api/v1/enterprises; PATCH takes any subset. */
export interface EnterpriseInput {
  name: string;
  creditCode: string;
  industryCode: string;
  regionCode: string;
  address: string;
  location?: GeoPoint | null;
  employees: number;
}

export interface EnterpriseListParams {
  q?: string;
  regionCode?: string;
  industryCode?: string;
  keyIndustry?: KeyIndustry;
  page: number;
  pageSize: number;
}

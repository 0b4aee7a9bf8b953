import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Organisations, accounts and sessions (server/organisations, server/auth). */

export interface DepartmentsTable {
  id: Generated<string>;
  name: string;
  region_codes: string[];
  industry_codes: string[];
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnterprisesTable {
  id: Generated<string>;
  name: string;
  credit_code: string;
  industry_code: string;
  industry_path: string[];
  region_code: string;
  district_code: string;
  region_path: string[];
  address: string;
  lng: number | null;
  lat: number | null;
  employees: number;
  key_industries: string[];
  high_risk: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  department_id: string | null;
  enterprise_id: string | null;
  disabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  /** Contact addresses for notification channels (e-mail, SMS); set by the user. */
  email: Generated<string | null>;
  phone: Generated<string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  /** The client address as counted (core/auth/login-throttle.ts `addressKey`). */
  address: string;
  at: Timestamp;
}

export interface LoginKnownAddressesTable {
  username: string;
  address: string;
  last_success_at: Timestamp;
}

/** The uploaded district map of a city (server/organisations/district-map.service.ts). */
export interface CityMapsTable {
  city_code: string;
  /** The checked map as served: current, valid districts only. */
  geojson: string;
  report: unknown;
  file_name: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface OrganisationTables {
  departments: DepartmentsTable;
  enterprises: EnterprisesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  login_known_addresses: LoginKnownAddressesTable;
  city_maps: CityMapsTable;
}

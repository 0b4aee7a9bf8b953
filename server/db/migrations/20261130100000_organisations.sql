-- Organisations domain: departments, enterprises, users, sessions, login throttling.
-- Regions (GB/T 2260) and industries (GB/T 4754-2017) are shipped reference data; enterprises keep the
-- ancestor paths of their codes so that scope checks are array overlaps that a GIN index serves.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE departments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name           text NOT NULL UNIQUE,
  region_codes   text[] NOT NULL CHECK (cardinality(region_codes) > 0),
  industry_codes text[] NOT NULL CHECK (cardinality(industry_codes) > 0),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enterprises (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name           text NOT NULL,
  credit_code    text NOT NULL,
  industry_code  text NOT NULL,
  industry_path  text[] NOT NULL,
  region_code    text NOT NULL,
  -- The district (区/县) the region lies in: the most common list filter, kept as a column so that an
  -- index can serve "one district, newest first" page by page.
  district_code  text NOT NULL,
  region_path    text[] NOT NULL,
  address        text NOT NULL DEFAULT '',
  lng            double precision,
  lat            double precision,
  employees      integer NOT NULL DEFAULT 0 CHECK (employees >= 0),
  key_industries text[] NOT NULL DEFAULT '{}',
  high_risk      boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT enterprises_credit_code_key UNIQUE (credit_code),
  CHECK ((lng IS NULL) = (lat IS NULL))
);
-- List filters in the default order (newest first): a district, or a street; an industry division, group or
-- class by code prefix.
CREATE INDEX enterprises_district_created_idx ON enterprises (district_code, created_at DESC, id DESC);
CREATE INDEX enterprises_region_created_idx ON enterprises (region_code, created_at DESC, id DESC);
CREATE INDEX enterprises_industry_code_idx ON enterprises (industry_code text_pattern_ops);
-- Scope checks (array overlap) and filters by city, section letter or key industry.
CREATE INDEX enterprises_region_path_idx ON enterprises USING gin (region_path);
CREATE INDEX enterprises_industry_path_idx ON enterprises USING gin (industry_path);
CREATE INDEX enterprises_key_industries_idx ON enterprises USING gin (key_industries);
CREATE INDEX enterprises_name_trgm_idx ON enterprises USING gin (name gin_trgm_ops);
CREATE INDEX enterprises_created_at_idx ON enterprises (created_at DESC, id DESC);

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username       text NOT NULL,
  password_hash  text NOT NULL,
  display_name   text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'regulator', 'inspector', 'enterprise', 'expert')),
  department_id  uuid REFERENCES departments (id),
  enterprise_id  uuid REFERENCES enterprises (id),
  disabled       boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_username_key UNIQUE (username),
  -- A regulator or inspector works for exactly one department; an enterprise user for exactly one enterprise.
  CHECK ((role IN ('regulator', 'inspector')) = (department_id IS NOT NULL)),
  CHECK ((role = 'enterprise') = (enterprise_id IS NOT NULL))
);
CREATE INDEX users_department_id_idx ON users (department_id);
CREATE INDEX users_enterprise_id_idx ON users (enterprise_id);

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

CREATE TABLE login_failures (
  id        bigserial PRIMARY KEY,
  username  text NOT NULL,
  ip        text NOT NULL,
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_username_at_idx ON login_failures (username, at);
CREATE INDEX login_failures_ip_at_idx ON login_failures (ip, at);

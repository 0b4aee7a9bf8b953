-- Accidents domain (生产安全事故): reports graded per 493号令 Art. 3, their reporting chain and deadlines, the
-- supplementary revisions (补报) with before/after figures, the investigation's progress, and the statistics'
-- denominators. An accident copies its region and industry paths (from its enterprise, or as given for one
-- outside any registered enterprise) so that scope checks and filters need no join.

CREATE TABLE accidents (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id             uuid REFERENCES enterprises (id),
  region_code               text NOT NULL,
  district_code             text NOT NULL,
  region_path               text[] NOT NULL,
  industry_code             text NOT NULL,
  industry_section          text NOT NULL,
  industry_path             text[] NOT NULL,
  occurred_at               timestamptz NOT NULL,
  known_at                  timestamptz NOT NULL,
  reported_at               timestamptz NOT NULL,
  category                  text NOT NULL CHECK (category ~ '^(0[1-9]|1[0-9]|20)$'),
  deaths                    integer NOT NULL CHECK (deaths >= 0),
  missing                   integer NOT NULL CHECK (missing >= 0),
  serious_injuries          integer NOT NULL CHECK (serious_injuries >= 0),
  minor_injuries            integer NOT NULL CHECK (minor_injuries >= 0),
  direct_loss_yuan          bigint NOT NULL CHECK (direct_loss_yuan >= 0),
  is_road_traffic           boolean NOT NULL,
  is_fire                   boolean NOT NULL,
  description               text NOT NULL,
  grade                     text NOT NULL CHECK (grade IN ('extraordinary', 'major', 'larger', 'general')),
  -- The chain of core/accidents/reporting-chain.ts: [{from, to, dueAt}].
  reporting_chain           jsonb NOT NULL,
  supplementary_ends_at     timestamptz NOT NULL,
  late_report               boolean,
  concealed                 jsonb,
  false_report              jsonb,
  investigation_extended_days integer,
  investigation_report_at   timestamptz,
  investigation_replied_at  timestamptz,
  source                    text NOT NULL CHECK (source IN ('report', 'import', 'demo')),
  reported_by               uuid REFERENCES users (id),
  reported_by_name          text NOT NULL,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  CHECK (known_at >= occurred_at)
);
-- Lists in the default order and the statistics: the statistics read every column they sum from the index
-- alone (an index-only scan over a period), city-wide and per district.
CREATE INDEX accidents_occurred_idx ON accidents (occurred_at DESC, id DESC)
  INCLUDE (district_code, industry_section, grade, category, deaths, serious_injuries, direct_loss_yuan);
CREATE INDEX accidents_district_occurred_idx ON accidents (district_code, occurred_at DESC, id DESC)
  INCLUDE (industry_section, grade, category, deaths, serious_injuries, direct_loss_yuan);
CREATE INDEX accidents_enterprise_occurred_idx ON accidents (enterprise_id, occurred_at DESC, id DESC) WHERE enterprise_id IS NOT NULL;
CREATE INDEX accidents_grade_occurred_idx ON accidents (grade, occurred_at DESC, id DESC);
CREATE INDEX accidents_category_occurred_idx ON accidents (category, occurred_at DESC, id DESC);
CREATE INDEX accidents_late_occurred_idx ON accidents (occurred_at DESC, id DESC) WHERE late_report;
CREATE INDEX accidents_region_path_idx ON accidents USING gin (region_path);
CREATE INDEX accidents_industry_path_idx ON accidents USING gin (industry_path);

CREATE TABLE accident_revisions (
  id            bigserial PRIMARY KEY,
  accident_id   uuid NOT NULL REFERENCES accidents (id),
  at            timestamptz NOT NULL,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  actor_id      uuid REFERENCES users (id),
  actor_name    text NOT NULL,
  before        jsonb NOT NULL,
  after         jsonb NOT NULL,
  grade_from    text NOT NULL,
  grade_to      text NOT NULL,
  outside_window boolean NOT NULL,
  reason        text
);
CREATE INDEX accident_revisions_accident_idx ON accident_revisions (accident_id, id);

-- Denominators of the regional rates (domain-rules §1.7 [M]): GDP in yuan and employed persons, per region
-- (the city '510100' or a district) and year. Configured by an administrator.
CREATE TABLE accident_rate_denominators (
  region_code  text NOT NULL,
  year         integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  gdp_yuan     bigint CHECK (gdp_yuan > 0),
  workers      integer CHECK (workers > 0),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, year)
);

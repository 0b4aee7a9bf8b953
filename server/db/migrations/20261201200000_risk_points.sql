-- Risk points (风险点, issue 5 "Risk grading"): an enterprise's places, activities and equipment with their hazard
-- factors, evaluation (LEC or LS), level, control measures and control level. Scope comes from the enterprise
-- (joined). The level is stored as graded when written, with the mapping in force then (ANQUAN_RISK_LEVELS);
-- a later re-evaluation re-grades it.
CREATE TABLE risk_points (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id        uuid NOT NULL REFERENCES enterprises (id),
  name                 text NOT NULL,
  location             text NOT NULL,
  object_kind          text NOT NULL CHECK (object_kind IN ('activity', 'equipment')),
  object               text NOT NULL,
  hazard_factors       jsonb NOT NULL,
  -- [{class}] classes present, for filters: human, physical, environmental, management (GB/T 13861-2022).
  factor_classes       text[] NOT NULL,
  method               text NOT NULL CHECK (method IN ('lec', 'ls')),
  evaluation           jsonb NOT NULL,
  score                numeric NOT NULL,
  band                 smallint CHECK (band BETWEEN 1 AND 5),
  level                text NOT NULL CHECK (level IN ('major', 'larger', 'general', 'low')),
  control_measures     jsonb NOT NULL,
  control_level        text NOT NULL CHECK (control_level IN ('company', 'workshop', 'team', 'post')),
  responsible_person   text NOT NULL,
  -- A civil date YYYY-MM-DD in Asia/Shanghai; text compares in date order.
  review_date          text NOT NULL CHECK (review_date ~ '^\d{4}-\d{2}-\d{2}$'),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
-- The register of one enterprise, by level then name; and the city-wide lists by level and by overdue review.
CREATE INDEX risk_points_enterprise_idx ON risk_points (enterprise_id, level, name, id);
CREATE INDEX risk_points_level_idx ON risk_points (level, enterprise_id);
CREATE INDEX risk_points_review_idx ON risk_points (review_date, enterprise_id);

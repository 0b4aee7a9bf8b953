-- Major hazard sources (重大危险源, GB 18218-2018; issue 5): each enterprise's units with their substances and
-- quantities, the assessment computed from them (kept in step on every change), linked sensors and the three
-- 包保责任人 with their last checks. Scope comes from the enterprise (joined).
CREATE TABLE major_hazard_sources (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id         uuid NOT NULL REFERENCES enterprises (id),
  name                  text NOT NULL,
  unit_kind             text NOT NULL CHECK (unit_kind IN ('production', 'storage')),
  exposed_population    integer NOT NULL CHECK (exposed_population >= 0),
  -- The substances as given ({name|cas|row|category, quantityTonnes}); the assessment is derived from them.
  substances            jsonb NOT NULL,
  assessment            jsonb NOT NULL,
  s                     numeric NOT NULL,
  r                     numeric NOT NULL,
  is_major              boolean NOT NULL,
  level                 smallint CHECK (level BETWEEN 1 AND 4),
  sensor_codes          text[] NOT NULL DEFAULT '{}',
  -- {principal, technical, operational}: {name, lastCheckedAt|null} (2021 包保责任制).
  responsible_persons   jsonb NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX major_hazard_sources_enterprise_idx ON major_hazard_sources (enterprise_id, level, name, id);
CREATE INDEX major_hazard_sources_level_idx ON major_hazard_sources (level, enterprise_id);

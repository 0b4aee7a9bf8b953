-- The checks of the three 包保责任人 (2021 包保责任制, issue 13): who checked which source when, what they checked,
-- the problems found and the hazard reported from them. The source keeps each role's last check for the due date
-- (core/major-hazards/major-hazard-source.schema.ts CHECK_INTERVAL_DAYS); this table keeps every check.
CREATE TABLE major_hazard_checks (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_id         uuid NOT NULL REFERENCES major_hazard_sources (id),
  role              text NOT NULL CHECK (role IN ('principal', 'technical', 'operational')),
  checker           text NOT NULL,
  checked_at        timestamptz NOT NULL,
  -- ["what was checked", …]
  items             jsonb NOT NULL,
  problems          text,
  hazard_id         uuid REFERENCES hazards (id),
  recorded_by       uuid REFERENCES users (id),
  recorded_by_name  text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
-- A source's checks newest first, all roles or one.
CREATE INDEX major_hazard_checks_source_idx ON major_hazard_checks (source_id, checked_at DESC, id);
CREATE INDEX major_hazard_checks_role_idx ON major_hazard_checks (source_id, role, checked_at DESC, id);

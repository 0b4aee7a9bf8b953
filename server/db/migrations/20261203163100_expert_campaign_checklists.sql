-- Expert campaigns get their dates and, optionally, the checklist the experts work through; findings get an id,
-- the checklist item they answer, whether it was found compliant, and what the department made of them: a hazard
-- or a control measure on one of the enterprise's risk points (docs/adr/0043-checklist-phrasing-and-expert-findings.md).

-- Dates are civil dates YYYY-MM-DD in Asia/Shanghai (text compares in date order, and no driver shifts it by a time
-- zone); campaigns made before this migration have none and count as ongoing.
ALTER TABLE expert_campaigns
  ADD COLUMN starts_on text CHECK (starts_on ~ '^\d{4}-\d{2}-\d{2}$'),
  ADD COLUMN ends_on text CHECK (ends_on ~ '^\d{4}-\d{2}-\d{2}$'),
  ADD COLUMN builtin_checklist text,
  ADD COLUMN checklist_id uuid REFERENCES checklists (id),
  ADD COLUMN checklist_name text,
  ADD CONSTRAINT expert_campaigns_dates_check CHECK ((starts_on IS NULL) = (ends_on IS NULL) AND (ends_on IS NULL OR ends_on >= starts_on)),
  ADD CONSTRAINT expert_campaigns_checklist_check CHECK (builtin_checklist IS NULL OR checklist_id IS NULL),
  ADD CONSTRAINT expert_campaigns_checklist_name_check CHECK ((checklist_name IS NULL) = (builtin_checklist IS NULL AND checklist_id IS NULL));
-- The list's filters: key industry, status (by the dates), name.
CREATE INDEX expert_campaigns_key_industry_idx ON expert_campaigns (key_industry, created_at DESC, id DESC);
CREATE INDEX expert_campaigns_dates_idx ON expert_campaigns (ends_on, starts_on);
CREATE INDEX expert_campaigns_name_trgm_idx ON expert_campaigns USING gin (name gin_trgm_ops);
CREATE INDEX expert_campaigns_checklist_idx ON expert_campaigns (checklist_id) WHERE checklist_id IS NOT NULL;

-- Findings recorded before this migration: a full score was compliant, anything less was not.
ALTER TABLE expert_findings
  ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  ADD COLUMN item_code text,
  ADD COLUMN phrasing text CHECK (phrasing IN ('requirement', 'violation')),
  ADD COLUMN outcome text,
  ADD COLUMN hazard_id uuid REFERENCES hazards (id),
  ADD COLUMN risk_point_id uuid REFERENCES risk_points (id);
UPDATE expert_findings SET outcome = CASE WHEN score < max_score THEN 'fail' ELSE 'pass' END;
ALTER TABLE expert_findings
  ALTER COLUMN outcome SET NOT NULL,
  ADD CONSTRAINT expert_findings_outcome_check CHECK (outcome IN ('pass', 'fail')),
  -- Only a problem found becomes a hazard.
  ADD CONSTRAINT expert_findings_hazard_check CHECK (hazard_id IS NULL OR outcome = 'fail');

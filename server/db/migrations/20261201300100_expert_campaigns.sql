-- Expert assessment campaigns for key industries (专家指导服务, issue 5 "Inspections"): a department engages experts,
-- assigns each to enterprises, and each expert records scored findings and so a report per enterprise.

CREATE TABLE expert_campaigns (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id    uuid NOT NULL REFERENCES departments (id),
  name             text NOT NULL,
  key_industry     text NOT NULL,
  created_by       uuid REFERENCES users (id),
  created_by_name  text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX expert_campaigns_department_idx ON expert_campaigns (department_id, created_at DESC);
CREATE INDEX expert_campaigns_created_idx ON expert_campaigns (created_at DESC, id DESC);

CREATE TABLE expert_assignments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  campaign_id    uuid NOT NULL REFERENCES expert_campaigns (id),
  enterprise_id  uuid NOT NULL REFERENCES enterprises (id),
  expert_id      uuid NOT NULL REFERENCES users (id),
  expert_name    text NOT NULL,
  reported_at    timestamptz,
  score          integer,
  max_score      integer,
  conclusion     text,
  UNIQUE (campaign_id, enterprise_id)
);
CREATE INDEX expert_assignments_expert_idx ON expert_assignments (expert_id, campaign_id);
CREATE INDEX expert_assignments_enterprise_idx ON expert_assignments (enterprise_id);

CREATE TABLE expert_findings (
  assignment_id  uuid NOT NULL REFERENCES expert_assignments (id),
  position       integer NOT NULL CHECK (position >= 0),
  item           text NOT NULL,
  score          integer NOT NULL CHECK (score >= 0),
  max_score      integer NOT NULL CHECK (max_score > 0 AND score <= max_score),
  note           text NOT NULL DEFAULT '',
  PRIMARY KEY (assignment_id, position)
);

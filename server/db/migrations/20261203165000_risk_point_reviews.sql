-- Risk point reviews (复评, issue 13) and deactivation. A review records who looked at the point again, on which
-- day, what they concluded and any re-evaluation; the point's review_date then moves to the next due day
-- (core/risks/risk-review.ts), which is what clears the register's overdue flag. A deactivated point (设备拆除,
-- 作业取消) stays for its history but leaves the register, the distribution and checklists.
ALTER TABLE risk_points
  ADD COLUMN active              boolean NOT NULL DEFAULT true,
  ADD COLUMN deactivated_at      timestamptz,
  ADD COLUMN deactivation_reason text,
  ADD COLUMN last_reviewed_on    text CHECK (last_reviewed_on ~ '^\d{4}-\d{2}-\d{2}$'),
  ADD CONSTRAINT risk_points_deactivation_check CHECK (active = (deactivated_at IS NULL));

-- Lists read active points unless asked for the deactivated ones: the same indexes, partial, and one for the rest.
DROP INDEX risk_points_enterprise_idx;
DROP INDEX risk_points_level_idx;
DROP INDEX risk_points_review_idx;
CREATE INDEX risk_points_enterprise_idx ON risk_points (enterprise_id, level, name, id) WHERE active;
CREATE INDEX risk_points_level_idx ON risk_points (level, enterprise_id) WHERE active;
CREATE INDEX risk_points_review_idx ON risk_points (review_date, enterprise_id) WHERE active;
CREATE INDEX risk_points_inactive_idx ON risk_points (level, enterprise_id) WHERE NOT active;

CREATE TABLE risk_point_reviews (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A point with reviews cannot be deleted (only deactivated): RESTRICT keeps its reviews.
  risk_point_id     uuid NOT NULL REFERENCES risk_points (id),
  reviewed_on       text NOT NULL CHECK (reviewed_on ~ '^\d{4}-\d{2}-\d{2}$'),
  reviewer          text NOT NULL,
  conclusion        text NOT NULL,
  -- The re-evaluation input when the review made one ({method, l, e, c} or {method, l, s}), else null.
  evaluation        jsonb,
  -- The grade ({score, band?, level, color}) before and after the review.
  grade_before      jsonb NOT NULL,
  grade_after       jsonb NOT NULL,
  next_review_date  text NOT NULL CHECK (next_review_date ~ '^\d{4}-\d{2}-\d{2}$'),
  recorded_by       uuid REFERENCES users (id),
  recorded_by_name  text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_point_reviews_point_idx ON risk_point_reviews (risk_point_id, reviewed_on DESC, created_at DESC);

-- Retention of the change feeds' log (docs/adr/0041, a follow-up of 0037). The `trim-change-log` job removes, in
-- batches, rows older than ANQUAN_CHANGE_LOG_RETENTION_DAYS that no partner can need any more:
-- - a row superseded by a later row of the same record with the same scope paths (the later one brings the
--   record's current state, and it comes after the earlier one in (xid, seq) order, so a cursor before the first
--   is before the second too);
-- - a delete (the last row of a record that is gone), whose position it writes below.
-- The latest row of every live record stays, so a sync from the beginning still sees every record.

-- Per domain, the highest position of a trimmed delete: a cursor below it may have missed that delete, so the
-- feed answers 410 and the partner resyncs from the beginning.
CREATE TABLE change_log_trimmed (
  domain text PRIMARY KEY CHECK (domain IN ('enterprises', 'hazards', 'alarms', 'inspections', 'accidents')),
  xid    xid8 NOT NULL,
  seq    bigint NOT NULL,
  at     timestamptz NOT NULL DEFAULT now()
);

-- The job's two questions: which rows are old (by time), and does a later row of the same record exist.
CREATE INDEX change_log_changed_at_idx ON change_log (changed_at);
CREATE INDEX change_log_entity_position_idx ON change_log (entity_id, xid, seq);

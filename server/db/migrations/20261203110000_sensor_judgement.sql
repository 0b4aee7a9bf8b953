-- Every stored reading is judged exactly once, per sensor in timestamp order (issue 12 §1,
-- docs/adr/0029-judged-watermark.md). The alarm engine's state that is not an alarm row is kept here, written in
-- the same transaction as the alarm changes it caused: the judged watermark (every stored reading of the sensor
-- with ts <= judged_through has been judged), the minDurationSec waits, and the count of readings that arrived
-- older than the watermark (stored, not judged).
CREATE TABLE sensor_judgement (
  sensor_id      uuid PRIMARY KEY REFERENCES sensors (id) ON DELETE CASCADE,
  judged_through timestamptz,
  pending_since  jsonb NOT NULL DEFAULT '{}',
  late_readings  bigint NOT NULL DEFAULT 0,
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Sensors that already have readings were judged by the engine as it was (its watermark was its last reading).
INSERT INTO sensor_judgement (sensor_id, judged_through)
SELECT s.id, last.ts
FROM sensors s
CROSS JOIN LATERAL (SELECT max(ts) AS ts FROM readings r WHERE r.sensor_num = s.num) last
WHERE last.ts IS NOT NULL;

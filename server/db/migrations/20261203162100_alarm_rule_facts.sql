-- Alarm texts are rendered by the web in the reader's language from the alarm's fields (issue 13): besides kind,
-- values, limit and unit, a threshold alarm needs its direction (≥ or ≤) and a forecast alarm its horizon. They are
-- taken from the rule when the alarm opens; alarms already recorded take them from their sensor's rule at the
-- same key when it is still of the same kind.
ALTER TABLE alarms ADD COLUMN direction text CHECK (direction IN ('high', 'low'));
ALTER TABLE alarms ADD COLUMN horizon_sec integer;

WITH facts AS (
  SELECT a.id, a.kind, s.rules -> (CASE WHEN a.rule_key ~ '^[a-z_]+:[0-9]+$' THEN split_part(a.rule_key, ':', 2)::integer END) AS rule
  FROM alarms a JOIN sensors s ON s.id = a.sensor_id
  WHERE a.kind IN ('threshold', 'forecast')
)
UPDATE alarms a
SET direction = CASE WHEN f.kind = 'threshold' THEN f.rule ->> 'direction' END,
    horizon_sec = CASE WHEN f.kind = 'forecast' THEN coalesce((f.rule ->> 'horizonSec')::integer, 180) END
FROM facts f
WHERE f.id = a.id AND f.rule ->> 'kind' = f.kind;

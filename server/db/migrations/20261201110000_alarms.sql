-- Alarms (issue 4): what the alarm engine (core/monitoring/alarm-engine.ts) opened, changed and cleared, their
-- timelines, escalation steps, maintenance silences, and the sensor's alarm → hazard bridge.

ALTER TABLE sensors ADD COLUMN template_params jsonb;
ALTER TABLE sensors ADD COLUMN hazard_bridge jsonb;

CREATE TABLE alarms (
  id                  uuid PRIMARY KEY,
  sensor_id           uuid NOT NULL REFERENCES sensors (id),
  enterprise_id       uuid NOT NULL REFERENCES enterprises (id),
  -- The engine's key of the owning rule (`threshold:0`, `power_off:1`, `sensor_fault`): one open alarm per rule.
  rule_key            text NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('threshold', 'power_off', 'rate_of_change', 'stale', 'sensor_fault', 'forecast')),
  status              text NOT NULL CHECK (status IN ('active', 'acknowledged', 'cleared')),
  severity            text NOT NULL CHECK (severity IN ('warning', 'alarm', 'critical')),
  peak_severity       text NOT NULL CHECK (peak_severity IN ('warning', 'alarm', 'critical')),
  level_index         integer,
  open_value          double precision,
  peak_value          double precision,
  limit_value         double precision,
  opened_at           timestamptz NOT NULL,
  acknowledged_at     timestamptz,
  acknowledged_by     text,
  acknowledged_by_id  uuid REFERENCES users (id),
  cleared_at          timestamptz,
  hazard_id           uuid REFERENCES hazards (id),
  -- Opened during a maintenance silence: recorded and shown, never notified, escalated or bridged.
  silenced            boolean NOT NULL DEFAULT false,
  message             text NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'cleared') = (cleared_at IS NOT NULL))
);
-- The engine's invariant, kept by the database too.
CREATE UNIQUE INDEX alarms_open_rule_idx ON alarms (sensor_id, rule_key) WHERE cleared_at IS NULL;
-- List filters, each with the list order (newest first).
CREATE INDEX alarms_sensor_opened_idx ON alarms (sensor_id, opened_at DESC, id DESC);
CREATE INDEX alarms_enterprise_opened_idx ON alarms (enterprise_id, opened_at DESC, id DESC);
CREATE INDEX alarms_kind_opened_idx ON alarms (kind, opened_at DESC, id DESC);
CREATE INDEX alarms_status_opened_idx ON alarms (status, opened_at DESC, id DESC);
CREATE INDEX alarms_opened_idx ON alarms (opened_at DESC, id DESC);
-- Escalation walks the unacknowledged ones; the hazard lifecycle asks for a hazard's alarms.
CREATE INDEX alarms_unacknowledged_idx ON alarms (opened_at) WHERE status = 'active';
CREATE INDEX alarms_hazard_idx ON alarms (hazard_id) WHERE hazard_id IS NOT NULL;

CREATE TABLE alarm_events (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  alarm_id  uuid NOT NULL REFERENCES alarms (id),
  at        timestamptz NOT NULL,
  type      text NOT NULL CHECK (type IN ('opened', 'severity_changed', 'acknowledged', 'reminded', 'escalated', 'cleared', 'hazard_opened')),
  severity  text,
  value     double precision,
  by_name   text,
  note      text
);
CREATE INDEX alarm_events_alarm_idx ON alarm_events (alarm_id, id);

-- Each ladder step fires once per alarm.
CREATE TABLE alarm_escalations (
  alarm_id      uuid NOT NULL REFERENCES alarms (id),
  target        text NOT NULL CHECK (target IN ('enterprise', 'department', 'city')),
  escalated_at  timestamptz NOT NULL,
  PRIMARY KEY (alarm_id, target)
);

CREATE TABLE sensor_silences (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sensor_id        uuid NOT NULL REFERENCES sensors (id),
  reason           text NOT NULL,
  until            timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  created_by       uuid REFERENCES users (id),
  created_by_name  text NOT NULL
);
CREATE INDEX sensor_silences_sensor_idx ON sensor_silences (sensor_id, until DESC);

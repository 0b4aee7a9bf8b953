-- Monitoring (issue 4): sensors of an enterprise with their alarm rules (core/monitoring/sensor-rules.ts).
-- `num` is a compact key for the high-volume tables (readings, roll-ups) that reference a sensor.

CREATE TABLE sensors (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  num                   integer GENERATED ALWAYS AS IDENTITY UNIQUE,
  enterprise_id         uuid NOT NULL REFERENCES enterprises (id),
  code                  text NOT NULL UNIQUE,
  name                  text NOT NULL,
  kind                  text NOT NULL,
  unit                  text NOT NULL,
  range_low             double precision,
  range_high            double precision,
  location              text NOT NULL DEFAULT '',
  expected_interval_sec integer NOT NULL CHECK (expected_interval_sec > 0),
  template_id           text,
  rules                 jsonb NOT NULL DEFAULT '[]',
  active                boolean NOT NULL DEFAULT true,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (range_low IS NULL OR range_high IS NULL OR range_low < range_high)
);
CREATE INDEX sensors_enterprise_idx ON sensors (enterprise_id, code);
CREATE INDEX sensors_kind_idx ON sensors (kind);

-- Sensors managed from the enterprise's page (issue 13): a deactivated sensor keeps its readings, alarms and audit
-- trail but frees its code, so a replacement device can be registered under the same code (the code is part of the
-- MQTT topic). A maintenance silence can be cancelled before its end; a cancelled silence no longer silences.
ALTER TABLE sensors DROP CONSTRAINT sensors_code_key;
CREATE UNIQUE INDEX sensors_code_active_idx ON sensors (code) WHERE active;
ALTER TABLE sensors ADD COLUMN deactivated_at timestamptz;

ALTER TABLE sensor_silences ADD COLUMN cancelled_at timestamptz;
ALTER TABLE sensor_silences ADD COLUMN cancelled_by_name text;

-- Ingestion and storage of sensor readings (issue 4, docs/adr/0016-ingest-and-storage.md).

-- Device keys: an enterprise's devices authenticate with one (HTTP bearer, MQTT password). Only the SHA-256 of
-- the 256-bit random key is stored; the key itself is shown once. Counters are what the UI shows per key.
CREATE TABLE device_keys (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES enterprises (id),
  name          text NOT NULL,
  key_hash      text NOT NULL UNIQUE,
  -- Readings per second this key may send (token bucket; burst = 2 s worth). NULL: the platform default.
  rate_per_sec  integer CHECK (rate_per_sec > 0),
  accepted      bigint NOT NULL DEFAULT 0,
  duplicates    bigint NOT NULL DEFAULT 0,
  last_seen_at  timestamptz,
  created_by    uuid REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz
);
CREATE INDEX device_keys_enterprise_idx ON device_keys (enterprise_id, created_at DESC);

-- Rejected readings and messages per key and reason (unknown_sensor, not_a_number, …).
CREATE TABLE device_key_rejections (
  device_key_id uuid NOT NULL REFERENCES device_keys (id),
  reason        text NOT NULL,
  count         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (device_key_id, reason)
);

-- Raw readings, one daily range partition per UTC day (readings_pYYYYMMDD), created ahead by the scheduler and on
-- demand by the writer; retention drops whole partitions. The primary key makes a repeated reading a no-op.
-- No foreign key to sensors: it would cost a lookup per row on the hottest path; sensors are never deleted.
CREATE TABLE readings (
  sensor_num   integer NOT NULL,
  ts           timestamptz NOT NULL,
  value        double precision NOT NULL,
  out_of_range boolean NOT NULL DEFAULT false,
  status       text,
  PRIMARY KEY (sensor_num, ts)
) PARTITION BY RANGE (ts);

-- Roll-ups maintained in the same transaction as the raw write (min, max, sum, count → avg = sum / count).
-- 1-minute buckets: monthly partitions (readings_1m_pYYYYMM); 1-hour buckets: yearly (readings_1h_pYYYY).
CREATE TABLE readings_1m (
  sensor_num integer NOT NULL,
  bucket     timestamptz NOT NULL,
  min        double precision NOT NULL,
  max        double precision NOT NULL,
  sum        double precision NOT NULL,
  count      integer NOT NULL,
  PRIMARY KEY (sensor_num, bucket)
) PARTITION BY RANGE (bucket);

CREATE TABLE readings_1h (
  sensor_num integer NOT NULL,
  bucket     timestamptz NOT NULL,
  min        double precision NOT NULL,
  max        double precision NOT NULL,
  sum        double precision NOT NULL,
  count      integer NOT NULL,
  PRIMARY KEY (sensor_num, bucket)
) PARTITION BY RANGE (bucket);

-- Roll-ups behind a watermark (docs/adr/0026-rollups-behind-a-watermark.md): the writer no longer upserts the
-- 1-minute and 1-hour roll-ups in its own statement; a job folds closed minutes from the raw readings.

-- One row. Writers mark readings older than `watermark` as late (readings_rollup_late); the job moves the
-- watermark forward, then rolls up every minute before it. `rolled_up_to`: readings_1m and readings_1h hold every
-- minute before it (late readings within a job interval); queries aggregate raw readings from it onwards.
CREATE TABLE readings_rollup_progress (
  id           boolean PRIMARY KEY DEFAULT true CHECK (id),
  watermark    timestamptz NOT NULL,
  rolled_up_to timestamptz NOT NULL CHECK (rolled_up_to <= watermark)
);
-- Readings before this minute were rolled up by the writer itself (before this migration).
INSERT INTO readings_rollup_progress (watermark, rolled_up_to)
VALUES (date_trunc('minute', now(), 'UTC'), date_trunc('minute', now(), 'UTC'));

-- Minutes that received a reading older than the watermark: writers mark them here. When the job moves the
-- watermark (no writer in flight) it moves the marks to readings_rollup_redo, which only the job touches, and
-- recomputes those minutes; a mark a writer skipped as already present is thus never lost with its reading.
CREATE TABLE readings_rollup_late (
  sensor_num integer NOT NULL,
  bucket     timestamptz NOT NULL,
  PRIMARY KEY (sensor_num, bucket)
);
CREATE TABLE readings_rollup_redo (
  sensor_num integer NOT NULL,
  bucket     timestamptz NOT NULL,
  PRIMARY KEY (sensor_num, bucket)
);

-- The job reads the raw readings of a time window across all sensors. Readings arrive roughly in time order, so
-- a BRIN index finds the window for almost nothing at write time (a B-tree on ts would cost every insert).
CREATE INDEX readings_ts_brin ON readings USING brin (ts) WITH (autosummarize = on);

-- A chart reads one sensor's buckets over a day (1,440 minutes) or months (hours). The job writes every sensor's
-- minute together, so one sensor's rows lie on as many heap pages as it has buckets; carrying the values in the
-- primary key's index lets the query read a few contiguous index pages instead (an index-only scan).
ALTER TABLE readings_1m DROP CONSTRAINT readings_1m_pkey;
ALTER TABLE readings_1m ADD PRIMARY KEY (sensor_num, bucket) INCLUDE (min, max, sum, count);
ALTER TABLE readings_1h DROP CONSTRAINT readings_1h_pkey;
ALTER TABLE readings_1h ADD PRIMARY KEY (sensor_num, bucket) INCLUDE (min, max, sum, count);

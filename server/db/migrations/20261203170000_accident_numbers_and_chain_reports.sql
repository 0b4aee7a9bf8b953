-- Accident numbers (事故编号 "事故-2026-0001", core/accidents/accident-number.ts, docs/adr/0046): one series per
-- city and year of the accident, the serial taken from a counter in the recording transaction. And the reports of
-- the reporting chain: each step of accidents.reporting_chain records when it was made (reportedAt, recordedBy);
-- the unit's step is the platform's receipt of a live report.

CREATE TABLE accident_number_counters (
  city_code   text NOT NULL,
  year        integer NOT NULL,
  last_serial integer NOT NULL CHECK (last_serial >= 0),
  PRIMARY KEY (city_code, year)
);

ALTER TABLE accidents ADD COLUMN number text;

-- The figures do not change: the monthly roll-up's statement trigger would only subtract and add them back.
ALTER TABLE accidents DISABLE TRIGGER accident_monthly_update;

-- Backfill: the accidents of each city and year numbered in the order the platform recorded them. A live report's
-- first step was made when the platform received it (reported_at); imported and seeded records have no report
-- times (their chain stays "unknown").
WITH numbered AS (
  SELECT id,
         extract(year FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::integer AS year,
         row_number() OVER (
           PARTITION BY region_path[1], extract(year FROM occurred_at AT TIME ZONE 'Asia/Shanghai')
           ORDER BY created_at, reported_at, id
         ) AS serial
  FROM accidents
)
UPDATE accidents a
SET number = '事故-' || n.year || '-' || lpad(n.serial::text, greatest(4, length(n.serial::text)), '0'),
    reporting_chain = CASE
      WHEN a.source = 'report' AND jsonb_array_length(a.reporting_chain) > 0 THEN jsonb_set(
        a.reporting_chain, '{0}',
        (a.reporting_chain -> 0) || jsonb_build_object(
          'reportedAt', to_char(a.reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'recordedBy', a.reported_by_name))
      ELSE a.reporting_chain
    END
FROM numbered n
WHERE a.id = n.id;

ALTER TABLE accidents ENABLE TRIGGER accident_monthly_update;

INSERT INTO accident_number_counters (city_code, year, last_serial)
SELECT region_path[1], extract(year FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::integer, count(*)
FROM accidents
GROUP BY 1, 2;

ALTER TABLE accidents ALTER COLUMN number SET NOT NULL;
-- One city per deployment (docs/adr/0036): the number alone identifies an accident; the list's search finds it.
CREATE UNIQUE INDEX accidents_number_key ON accidents (number);

-- The working-day calendar's years an administrator entered from the State Council's annual holiday notice
-- (docs/adr/0048). A year here overrides the shipped package (npm chinese-days) for that whole year; the days
-- list every holiday (weekend days of a break included) and every make-up working day (调休) of the notice.
-- Dates are civil dates YYYY-MM-DD in Asia/Shanghai, as text (compares in date order, no driver shifts it).
CREATE TABLE calendar_years (
  year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  notice     text NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_days (
  date text PRIMARY KEY CHECK (date ~ '^\d{4}-\d{2}-\d{2}$'),
  year integer NOT NULL REFERENCES calendar_years (year) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name text NOT NULL,
  CHECK (substr(date, 1, 4)::integer = year)
);
-- A year's days are read and replaced together.
CREATE INDEX calendar_days_year ON calendar_days (year);

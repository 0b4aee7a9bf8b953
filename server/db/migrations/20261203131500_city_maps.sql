-- The district map an administrator uploaded for a city (docs/adr, any city by configuration): the checked map as
-- served (current, valid districts only) and the check report. No row: the shipped map, if any, is served.
CREATE TABLE city_maps (
  city_code   text PRIMARY KEY CHECK (city_code ~ '^\d{6}$'),
  geojson     text NOT NULL,
  report      jsonb NOT NULL,
  file_name   text,
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);

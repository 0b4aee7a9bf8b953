-- The enforcement clerk's workflow (issue 13, docs/adr/0044): draws get a number people can say, an inspection
-- under a draw records why its officers differ from the drawn ones, and the inspection list gets its filters,
-- each with an index.

-- A draw's number, e.g. 成应急抽查〔2026〕3号: one gap-free sequence per department and civil year (Asia/Shanghai),
-- taken from document_number_counters (kind 'inspection_draw') in the drawing transaction. The text is made from
-- the stored department name, year and serial (core/inspections/document-rules.ts `drawNumber`).
ALTER TABLE inspection_draws ADD COLUMN year integer, ADD COLUMN serial integer;

-- Existing draws are numbered in the order they were drawn. The row trigger allows only publication, so it is
-- held off for this one update.
ALTER TABLE inspection_draws DISABLE TRIGGER inspection_draws_immutable;
UPDATE inspection_draws w
SET year = n.year, serial = n.serial
FROM (
  SELECT id,
         extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai')::integer AS year,
         row_number() OVER (PARTITION BY department_id, extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai') ORDER BY created_at, id)::integer AS serial
  FROM inspection_draws
) n
WHERE n.id = w.id;
ALTER TABLE inspection_draws ENABLE TRIGGER inspection_draws_immutable;

ALTER TABLE inspection_draws ALTER COLUMN year SET NOT NULL, ALTER COLUMN serial SET NOT NULL;
ALTER TABLE inspection_draws ADD CONSTRAINT inspection_draws_number_key UNIQUE (department_id, year, serial);

INSERT INTO document_number_counters (department_id, year, kind, last_serial)
SELECT department_id, year, 'inspection_draw', max(serial) FROM inspection_draws GROUP BY department_id, year
ON CONFLICT (department_id, year, kind) DO UPDATE SET last_serial = GREATEST(document_number_counters.last_serial, EXCLUDED.last_serial);

-- Officers other than the drawn ones need a reason (NULL when the drawn officers inspected, or without a draw).
ALTER TABLE inspections ADD COLUMN officer_change_reason text;

-- Inspection list (GET /inspections): newest inspection first, by when it took place.
CREATE INDEX inspections_started_idx ON inspections (started_at DESC, id DESC);
-- Filter by officer (part of a name) and search by document number (part of a 文号).
CREATE INDEX inspection_participants_officer_name_trgm_idx ON inspection_participants USING gin (name gin_trgm_ops) WHERE side = 'officer';
CREATE INDEX enforcement_documents_number_trgm_idx ON enforcement_documents USING gin (number gin_trgm_ops);

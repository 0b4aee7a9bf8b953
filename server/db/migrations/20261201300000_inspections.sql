-- Inspections (监管执法检查, issue 5 second half): annual plans per department, the random draw (双随机一公开),
-- inspections with participants, findings (each a hazard with source `inspection`) and on-site measures, the
-- statutory documents (domain-rules §8.2) with gap-free numbers, and re-inspections. Scope comes from the
-- enterprise (joined), as for investigation plans.

CREATE TABLE inspection_plans (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id    uuid NOT NULL REFERENCES departments (id),
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name             text NOT NULL,
  planned_count    integer NOT NULL CHECK (planned_count > 0),
  key_points       text NOT NULL DEFAULT '',
  created_by       uuid REFERENCES users (id),
  created_by_name  text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_plans_department_idx ON inspection_plans (department_id, year DESC, created_at DESC);

-- A draw keeps the frozen, canonically ordered candidate lists and what was drawn, so that anyone can re-run it.
CREATE TABLE inspection_draws (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id          uuid NOT NULL REFERENCES departments (id),
  department_name        text NOT NULL,
  plan_id                uuid REFERENCES inspection_plans (id),
  algorithm              text NOT NULL,
  seed                   text NOT NULL,
  scope                  jsonb NOT NULL,
  enterprise_count       integer NOT NULL CHECK (enterprise_count > 0),
  inspector_count        integer NOT NULL CHECK (inspector_count > 0),
  candidate_enterprises  uuid[] NOT NULL,
  candidate_inspectors   uuid[] NOT NULL,
  candidates_digest      text NOT NULL,
  enterprises            jsonb NOT NULL,
  inspectors             jsonb NOT NULL,
  created_by             uuid REFERENCES users (id),
  created_by_name        text NOT NULL,
  created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_draws_created_idx ON inspection_draws (created_at DESC, id DESC);
CREATE INDEX inspection_draws_department_idx ON inspection_draws (department_id, created_at DESC);
-- A draw is a public record (一公开): never changed.
CREATE FUNCTION inspection_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER inspection_draws_immutable BEFORE UPDATE OR DELETE ON inspection_draws
  FOR EACH ROW EXECUTE FUNCTION inspection_immutable();

CREATE TABLE inspections (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                text NOT NULL CHECK (kind IN ('inspection', 're_inspection')),
  enterprise_id       uuid NOT NULL REFERENCES enterprises (id),
  department_id       uuid NOT NULL REFERENCES departments (id),
  draw_id             uuid REFERENCES inspection_draws (id),
  plan_id             uuid REFERENCES inspection_plans (id),
  -- A re-inspection checks one rectification order.
  order_document_id   uuid,
  place               text NOT NULL,
  started_at          timestamptz NOT NULL,
  ended_at            timestamptz NOT NULL CHECK (ended_at >= started_at),
  summary             text NOT NULL DEFAULT '',
  created_by          uuid REFERENCES users (id),
  created_by_name     text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspections_created_idx ON inspections (created_at DESC, id DESC);
CREATE INDEX inspections_enterprise_idx ON inspections (enterprise_id, created_at DESC);
CREATE INDEX inspections_department_idx ON inspections (department_id, created_at DESC);
CREATE INDEX inspections_kind_idx ON inspections (kind, created_at DESC);
CREATE INDEX inspections_draw_idx ON inspections (draw_id) WHERE draw_id IS NOT NULL;
CREATE INDEX inspections_order_idx ON inspections (order_document_id) WHERE order_document_id IS NOT NULL;

-- Officers carry their enforcement certificate numbers (执法证号); the enterprise's people who took part do not.
CREATE TABLE inspection_participants (
  inspection_id   uuid NOT NULL REFERENCES inspections (id),
  position        integer NOT NULL CHECK (position >= 0),
  side            text NOT NULL CHECK (side IN ('officer', 'enterprise', 'expert')),
  user_id         uuid REFERENCES users (id),
  name            text NOT NULL,
  title           text,
  certificate_no  text,
  PRIMARY KEY (inspection_id, position),
  CHECK (side <> 'officer' OR certificate_no IS NOT NULL)
);

CREATE TABLE inspection_findings (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  inspection_id   uuid NOT NULL REFERENCES inspections (id),
  position        integer NOT NULL CHECK (position >= 0),
  check_item      text NOT NULL,
  legal_basis     jsonb NOT NULL,
  description     text NOT NULL,
  location        text NOT NULL,
  grade           text NOT NULL,
  -- NULL: 立即整改; otherwise the last civil day (Asia/Shanghai) of the period.
  deadline_date   text CHECK (deadline_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  hazard_id       uuid NOT NULL REFERENCES hazards (id),
  UNIQUE (inspection_id, position)
);
CREATE INDEX inspection_findings_hazard_idx ON inspection_findings (hazard_id);

CREATE TABLE inspection_measures (
  inspection_id   uuid NOT NULL REFERENCES inspections (id),
  position        integer NOT NULL CHECK (position >= 0),
  kind            text NOT NULL CHECK (kind IN ('immediate_elimination', 'evacuation', 'suspension', 'stop_equipment')),
  scope           text NOT NULL,
  lifting_conditions text NOT NULL DEFAULT '',
  PRIMARY KEY (inspection_id, position)
);

-- A re-inspection's item-by-item result over the order's findings.
CREATE TABLE reinspection_results (
  inspection_id   uuid NOT NULL REFERENCES inspections (id),
  finding_id      uuid NOT NULL REFERENCES inspection_findings (id),
  position        integer NOT NULL CHECK (position >= 0),
  result          text NOT NULL CHECK (result IN ('rectified', 'partially_rectified', 'not_rectified')),
  note            text NOT NULL DEFAULT '',
  PRIMARY KEY (inspection_id, finding_id)
);

-- 文号 counters: one row per department, year and kind of document, locked FOR UPDATE while a number is taken
-- in the issuing transaction, so numbers are unique and gap-free (a rolled-back issue returns its number).
CREATE TABLE document_number_counters (
  department_id  uuid NOT NULL REFERENCES departments (id),
  year           integer NOT NULL,
  kind           text NOT NULL,
  last_serial    integer NOT NULL CHECK (last_serial >= 0),
  PRIMARY KEY (department_id, year, kind)
);

CREATE TABLE enforcement_documents (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                 text NOT NULL CHECK (kind IN ('inspection_record', 'rectification_order', 'reinspection_opinion')),
  inspection_id        uuid NOT NULL REFERENCES inspections (id),
  enterprise_id        uuid NOT NULL REFERENCES enterprises (id),
  department_id        uuid NOT NULL REFERENCES departments (id),
  year                 integer NOT NULL,
  serial               integer NOT NULL CHECK (serial > 0),
  number               text NOT NULL,
  -- A correction is a new document naming the one it corrects; the order a re-inspection opinion refers to.
  corrects_id          uuid REFERENCES enforcement_documents (id),
  references_id        uuid REFERENCES enforcement_documents (id),
  -- Everything the PDF shows, frozen at issue.
  content              jsonb NOT NULL,
  issued_at            timestamptz NOT NULL,
  issued_by            uuid REFERENCES users (id),
  issued_by_name       text NOT NULL,
  UNIQUE (department_id, year, kind, serial),
  UNIQUE (number)
);
CREATE INDEX enforcement_documents_inspection_idx ON enforcement_documents (inspection_id, issued_at);
CREATE INDEX enforcement_documents_enterprise_idx ON enforcement_documents (enterprise_id, issued_at DESC);
CREATE INDEX enforcement_documents_corrects_idx ON enforcement_documents (corrects_id) WHERE corrects_id IS NOT NULL;
CREATE TRIGGER enforcement_documents_immutable BEFORE UPDATE OR DELETE ON enforcement_documents
  FOR EACH ROW EXECUTE FUNCTION inspection_immutable();

ALTER TABLE inspections ADD CONSTRAINT inspections_order_document_fk FOREIGN KEY (order_document_id) REFERENCES enforcement_documents (id);

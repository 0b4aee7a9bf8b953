-- Penalty cases (行政处罚案件) and discretion benchmarks (裁量基准), issue 14, docs/adr/0050.
-- The procedure's rules are core/enforcement/case-lifecycle.ts; a case row keeps the filterable facts as columns
-- and the procedure's state (core/enforcement/case-state.ts CaseState) as jsonb, written only by the service.

CREATE TABLE penalty_cases (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 案号, e.g. 成应急立〔2026〕3号: one gap-free sequence per department and civil year of filing
  -- (document_number_counters, kind 'penalty_case').
  number           text NOT NULL,
  year             integer NOT NULL,
  serial           integer NOT NULL,
  department_id    uuid NOT NULL REFERENCES departments (id),
  enterprise_id    uuid NOT NULL REFERENCES enterprises (id),
  -- The enterprise's region ancestors when filed, for the district filter without a join.
  region_path      text[] NOT NULL,
  -- The discretion benchmark's code of the violation type (discretion_benchmarks.code or a default).
  violation_code   text NOT NULL,
  source_kind      text NOT NULL CHECK (source_kind IN ('inspection_finding', 'reinspection_order', 'public_report', 'accident', 'transfer')),
  source_id        uuid,
  source_note      text,
  persons          jsonb NOT NULL DEFAULT '[]',
  summary          text NOT NULL,
  status           text NOT NULL CHECK (status IN ('registered', 'investigating', 'notified', 'hearing', 'decided', 'executing', 'closed', 'no_penalty', 'withdrawn', 'transferred')),
  state            jsonb NOT NULL,
  filed_on         date NOT NULL,
  decided_on       date,
  -- The decided fines in whole yuan (unit + persons), NULL until decided; flagged: outside a tier with a reason.
  fine_yuan        bigint,
  fine_flagged     boolean NOT NULL DEFAULT false,
  paid_fen         bigint NOT NULL DEFAULT 0,
  closed_on        date,
  filed_by         uuid REFERENCES users (id),
  filed_by_name    text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (department_id, year, serial)
);
-- List filters (GET /penalty-cases): department (always, newest filing first), status, enterprise, district, filed date.
CREATE INDEX penalty_cases_department_filed_idx ON penalty_cases (department_id, filed_on DESC, id DESC);
CREATE INDEX penalty_cases_department_status_idx ON penalty_cases (department_id, status, filed_on DESC);
CREATE INDEX penalty_cases_enterprise_idx ON penalty_cases (enterprise_id, filed_on DESC);
CREATE INDEX penalty_cases_region_path_idx ON penalty_cases USING gin (region_path);
CREATE INDEX penalty_cases_source_idx ON penalty_cases (source_kind, source_id) WHERE source_id IS NOT NULL;

-- The timeline: one row per step, with the body as validated (who, when, what).
CREATE TABLE case_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES penalty_cases (id),
  action      text NOT NULL,
  from_status text,
  to_status   text NOT NULL,
  body        jsonb NOT NULL,
  flagged     boolean NOT NULL DEFAULT false,
  actor_id    uuid REFERENCES users (id),
  actor_name  text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case_idx ON case_events (case_id, id);

-- Evidence (询问笔录, 照片, 抽样取证, 勘验/检查记录): each with its time and at least two officers with certificates.
CREATE TABLE case_evidence (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id     uuid NOT NULL REFERENCES penalty_cases (id),
  kind        text NOT NULL CHECK (kind IN ('inquiry', 'photo', 'sample', 'record')),
  taken_at    timestamptz NOT NULL,
  description text NOT NULL,
  officers    jsonb NOT NULL CHECK (jsonb_array_length(officers) >= 2),
  recorded_by uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_evidence_case_idx ON case_evidence (case_id, taken_at);

-- Payments of the fine, in fen.
CREATE TABLE case_payments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id     uuid NOT NULL REFERENCES penalty_cases (id),
  paid_on     date NOT NULL,
  amount_fen  bigint NOT NULL CHECK (amount_fen > 0),
  receipt_no  text,
  recorded_by uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_payments_case_idx ON case_payments (case_id, paid_on);

-- Discretion benchmarks per jurisdiction (a region code: the city or a district) from an effective date. A version
-- is the set of rows with one (jurisdiction, effective_from); the one in force on a day is the latest version that
-- started on or before it, looked up from the enterprise's district up to the city, then the defaults in code.
CREATE TABLE discretion_benchmarks (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction   text NOT NULL,
  effective_from date NOT NULL,
  code           text NOT NULL,
  benchmark      jsonb NOT NULL,
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (jurisdiction, effective_from, code)
);
CREATE INDEX discretion_benchmarks_lookup_idx ON discretion_benchmarks (jurisdiction, effective_from DESC);

-- Case documents (domain-rules §8.2): 立案审批表, 行政处罚告知书, 行政处罚决定书, 结案审批表, issued by the step that
-- makes them, numbered gap-free per department, year and kind (document_number_counters, kinds below), frozen.
CREATE TABLE case_documents (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id        uuid NOT NULL REFERENCES penalty_cases (id),
  department_id  uuid NOT NULL REFERENCES departments (id),
  kind           text NOT NULL CHECK (kind IN ('case_filing', 'penalty_notice', 'penalty_decision', 'case_closing')),
  year           integer NOT NULL,
  serial         integer NOT NULL CHECK (serial > 0),
  number         text NOT NULL,
  -- Everything the PDF shows, frozen at issue.
  content        jsonb NOT NULL,
  issued_at      timestamptz NOT NULL,
  issued_by      uuid REFERENCES users (id),
  issued_by_name text NOT NULL,
  UNIQUE (department_id, year, kind, serial)
);
CREATE INDEX case_documents_case_idx ON case_documents (case_id, issued_at);
CREATE TRIGGER case_documents_immutable BEFORE UPDATE OR DELETE ON case_documents
  FOR EACH ROW EXECUTE FUNCTION inspection_immutable();

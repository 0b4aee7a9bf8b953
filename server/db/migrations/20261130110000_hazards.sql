-- Hazards domain (隐患排查治理): hidden hazards with their lifecycle, the timeline of every transition, and
-- uploaded photos. A hazard copies its enterprise's region and industry paths so that scope checks and list
-- filters need no join (kept in step when an enterprise moves: see enterprise.service.ts).

CREATE TABLE photos (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  sha256        text NOT NULL,
  storage_key   text NOT NULL,
  uploaded_by   uuid NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX photos_uploaded_by_idx ON photos (uploaded_by, created_at);

CREATE TABLE hazards (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id     uuid NOT NULL REFERENCES enterprises (id),
  district_code     text NOT NULL,
  region_path       text[] NOT NULL,
  industry_path     text[] NOT NULL,
  title             text NOT NULL,
  description       text NOT NULL,
  location          text NOT NULL,
  source            text NOT NULL CHECK (source IN ('self_check', 'inspection', 'public_report', 'monitoring', 'media', 'other')),
  category          text NOT NULL CHECK (category IN ('person', 'thing', 'environment', 'management')),
  grade             text NOT NULL CHECK (grade IN ('general', 'major')),
  status            text NOT NULL CHECK (status IN ('reported', 'rectifying', 'pending_review', 'closed')),
  found_at          timestamptz NOT NULL,
  deadline          timestamptz,
  closed_at         timestamptz,
  supervised        boolean NOT NULL DEFAULT false,
  legal_basis       jsonb NOT NULL,
  checklist_item_id text,
  -- The rest of the lifecycle state (rectification, governance plan, submitter, supervision, extensions),
  -- as core/hazards/hazard-state.ts describes it.
  lifecycle         jsonb NOT NULL DEFAULT '{}',
  reported_by       uuid REFERENCES users (id),
  reported_by_name  text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
-- List filters, each with the default order (newest finding first) so that a page and its count are read
-- from an index; the common combinations of a regulator's filters have their own.
CREATE INDEX hazards_enterprise_found_idx ON hazards (enterprise_id, found_at DESC, id DESC);
-- A district's lists and its statistics: the statistics read every column they count from the index alone.
CREATE INDEX hazards_district_found_idx ON hazards (district_code, found_at DESC, id DESC)
  INCLUDE (enterprise_id, status, grade, closed_at, deadline, checklist_item_id);
CREATE INDEX hazards_district_status_found_idx ON hazards (district_code, status, found_at DESC, id DESC);
CREATE INDEX hazards_status_found_idx ON hazards (status, found_at DESC, id DESC);
-- City-wide lists walk this one; it carries the filtered columns so that rows the filters drop are never
-- read from the table.
CREATE INDEX hazards_found_idx ON hazards (found_at DESC, id DESC) INCLUDE (status, grade, closed_at, deadline, supervised);
CREATE INDEX hazards_closed_idx ON hazards (closed_at) INCLUDE (found_at, id) WHERE closed_at IS NOT NULL;
CREATE INDEX hazards_supervised_found_idx ON hazards (found_at DESC, id DESC) WHERE supervised;
-- Overdue = open with a past deadline: open hazards by deadline, city-wide and per district.
CREATE INDEX hazards_open_deadline_idx ON hazards (deadline) WHERE status <> 'closed';
CREATE INDEX hazards_district_open_deadline_idx ON hazards (district_code, deadline) WHERE status <> 'closed';
CREATE INDEX hazards_major_open_idx ON hazards (found_at DESC) WHERE grade = 'major' AND status <> 'closed';
-- Repeat hazards: the same checklist item at the same enterprise, by finding date.
CREATE INDEX hazards_repeat_idx ON hazards (enterprise_id, checklist_item_id, found_at) WHERE checklist_item_id IS NOT NULL;
CREATE INDEX hazards_region_path_idx ON hazards USING gin (region_path);
CREATE INDEX hazards_industry_path_idx ON hazards USING gin (industry_path);

CREATE TABLE hazard_photos (
  hazard_id  uuid NOT NULL REFERENCES hazards (id),
  photo_id   uuid NOT NULL REFERENCES photos (id),
  kind       text NOT NULL CHECK (kind IN ('finding', 'result', 'evidence')),
  PRIMARY KEY (photo_id),
  UNIQUE (hazard_id, photo_id)
);

CREATE TABLE hazard_events (
  id             bigserial PRIMARY KEY,
  hazard_id      uuid NOT NULL REFERENCES hazards (id),
  at             timestamptz NOT NULL,
  actor_id       uuid REFERENCES users (id),
  actor_name     text NOT NULL,
  action         text NOT NULL,
  from_status    text,
  to_status      text NOT NULL,
  body           jsonb NOT NULL,
  deadline_from  timestamptz,
  deadline_to    timestamptz
);
CREATE INDEX hazard_events_hazard_idx ON hazard_events (hazard_id, id);

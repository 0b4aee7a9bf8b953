-- Change feeds (docs/adr, change feeds in commit-safe order) and partner clients (数据共享).
--
-- change_log: one row per written row of the fed tables, filled by triggers in the writing transaction, so no
-- writer (service, alarm engine, import, seed) can forget it. `xid` is the writing transaction's id; the feed
-- hands out only rows whose transaction is older than every transaction still running
-- (xid < pg_snapshot_xmin(pg_current_snapshot())): such a transaction has finished, and no later one can take a
-- smaller id, so reading in (xid, seq) order behind that horizon never skips a late commit nor repeats a row.
-- The enterprise's region and industry paths are copied in, so that a partner's scope (docs/adr/0007) applies
-- to a deleted row too.
CREATE TABLE change_log (
  seq           bigserial PRIMARY KEY,
  xid           xid8 NOT NULL DEFAULT pg_current_xact_id(),
  domain        text NOT NULL CHECK (domain IN ('enterprises', 'hazards', 'alarms', 'inspections', 'accidents')),
  entity_id     uuid NOT NULL,
  op            text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  changed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  enterprise_id uuid,
  region_path   text[] NOT NULL,
  industry_path text[] NOT NULL
);
CREATE INDEX change_log_domain_position_idx ON change_log (domain, xid, seq);

CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  ent uuid := CASE WHEN TG_TABLE_NAME = 'enterprises' THEN (r ->> 'id')::uuid ELSE (r ->> 'enterprise_id')::uuid END;
  regions text[];
  industries text[];
BEGIN
  -- An UPDATE that changed nothing is not a change.
  IF TG_OP = 'UPDATE' AND to_jsonb(OLD) = r THEN RETURN NULL; END IF;
  IF r ? 'region_path' AND r ? 'industry_path' THEN
    regions := ARRAY(SELECT jsonb_array_elements_text(r -> 'region_path'));
    industries := ARRAY(SELECT jsonb_array_elements_text(r -> 'industry_path'));
  ELSE
    SELECT e.region_path, e.industry_path INTO regions, industries FROM enterprises e WHERE e.id = ent;
  END IF;
  INSERT INTO change_log (domain, entity_id, op, enterprise_id, region_path, industry_path)
  VALUES (TG_TABLE_NAME, (r ->> 'id')::uuid, lower(TG_OP), ent, coalesce(regions, '{}'), coalesce(industries, '{}'));
  RETURN NULL;
END $$;

CREATE TRIGGER enterprises_change_log AFTER INSERT OR UPDATE OR DELETE ON enterprises FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER hazards_change_log AFTER INSERT OR UPDATE OR DELETE ON hazards FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER alarms_change_log AFTER INSERT OR UPDATE OR DELETE ON alarms FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER inspections_change_log AFTER INSERT OR UPDATE OR DELETE ON inspections FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER accidents_change_log AFTER INSERT OR UPDATE OR DELETE ON accidents FOR EACH ROW EXECUTE FUNCTION record_change();

-- Rows written before this migration enter the log once, as inserts, so that a first sync from the beginning
-- sees every record.
INSERT INTO change_log (domain, entity_id, op, enterprise_id, region_path, industry_path)
SELECT 'enterprises', id, 'insert', id, region_path, industry_path FROM enterprises ORDER BY created_at, id;
INSERT INTO change_log (domain, entity_id, op, enterprise_id, region_path, industry_path)
SELECT 'hazards', id, 'insert', enterprise_id, region_path, industry_path FROM hazards ORDER BY created_at, id;
INSERT INTO change_log (domain, entity_id, op, enterprise_id, region_path, industry_path)
SELECT 'alarms', a.id, 'insert', a.enterprise_id, e.region_path, e.industry_path FROM alarms a JOIN enterprises e ON e.id = a.enterprise_id ORDER BY a.opened_at, a.id;
INSERT INTO change_log (domain, entity_id, op, enterprise_id, region_path, industry_path)
SELECT 'inspections', i.id, 'insert', i.enterprise_id, e.region_path, e.industry_path FROM inspections i JOIN enterprises e ON e.id = i.enterprise_id ORDER BY i.created_at, i.id;
INSERT INTO change_log (domain, entity_id, op, enterprise_id, region_path, industry_path)
SELECT 'accidents', id, 'insert', enterprise_id, region_path, industry_path FROM accidents ORDER BY created_at, id;

-- The key that signs feed cursors (an unsigned cursor is refused), made once here and never shown.
CREATE TABLE feed_cursor_key (
  only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
  key      text NOT NULL
);
INSERT INTO feed_cursor_key (key) VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Partner clients: other departments' systems and the provincial platform, read-only, within their scopes.
CREATE TABLE partner_clients (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              text NOT NULL,
  -- SHA-256 of the secret (256 random bits, so a fast hash suffices, as for session tokens).
  secret_hash       text NOT NULL UNIQUE,
  domains           text[] NOT NULL,
  region_codes      text[] NOT NULL,
  industry_codes    text[] NOT NULL,
  requests_per_minute integer NOT NULL CHECK (requests_per_minute > 0),
  created_by        uuid REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  secret_rotated_at timestamptz NOT NULL DEFAULT now(),
  revoked_at        timestamptz,
  last_used_at      timestamptz
);

-- One row per partner call (who, what, answer); trimmed by age.
CREATE TABLE partner_access_log (
  id        bigserial PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES partner_clients (id),
  at        timestamptz NOT NULL DEFAULT now(),
  method    text NOT NULL,
  path      text NOT NULL,
  status    integer NOT NULL,
  items     integer,
  address   text NOT NULL
);
CREATE INDEX partner_access_log_client_at_idx ON partner_access_log (client_id, at DESC);
CREATE INDEX partner_access_log_at_idx ON partner_access_log (at);

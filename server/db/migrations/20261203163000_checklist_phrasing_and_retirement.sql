-- Checklist items say how they are phrased (docs/adr/0043-checklist-phrasing-and-expert-findings.md): an item that
-- describes the problem (`violation`, as every 重大事故隐患判定标准 item does) is answered 存在此问题 / 不存在此问题, one
-- that states what must hold (`requirement`) 合格 / 不合格. A result keeps its meaning: pass = compliant. NULL: an item
-- written before this column, whose phrasing is read from its wording (core/hazards/checklists/checklist-phrasing.ts).
ALTER TABLE checklist_items ADD COLUMN phrasing text CHECK (phrasing IN ('requirement', 'violation'));

-- A custom checklist is changed only while no plan or campaign refers to it, and may be retired at any time: it is
-- then no longer offered for new plans and campaigns, while those that use it keep working.
ALTER TABLE checklists ADD COLUMN updated_at timestamptz;
UPDATE checklists SET updated_at = created_at;
ALTER TABLE checklists ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now();
ALTER TABLE checklists ADD COLUMN retired_at timestamptz CHECK (retired_at IS NULL OR retired_at >= created_at);
ALTER TABLE checklists ADD COLUMN retired_by_name text CHECK ((retired_at IS NULL) = (retired_by_name IS NULL));

-- The library's filters: `?q=` on the name, and the default that leaves retired lists out.
CREATE INDEX checklists_name_trgm_idx ON checklists USING gin (name gin_trgm_ops);
CREATE INDEX checklists_active_idx ON checklists (created_at DESC, id DESC) WHERE retired_at IS NULL;
-- "Is this checklist in use?" before a change.
CREATE INDEX investigation_plans_checklist_idx ON investigation_plans (checklist_id) WHERE checklist_id IS NOT NULL;

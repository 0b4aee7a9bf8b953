-- Investigation by plan (排查计划, hazards issue "Checklists and plans"): custom checklists, plans over a frozen
-- list of enterprises, one task per enterprise per period, and the recorded result of every item. Built-in
-- checklists are data in core/hazards/checklists and are referenced by their library id, never stored.
-- Scope comes from the enterprises (joined), so nothing here needs to follow an enterprise that moves.

-- A custom checklist belongs to the department or the enterprise that wrote it; it is never edited (plans and
-- recorded results refer to its items).
CREATE TABLE checklists (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name             text NOT NULL,
  industry_scope   text[] NOT NULL CHECK (cardinality(industry_scope) > 0),
  department_id    uuid REFERENCES departments (id),
  enterprise_id    uuid REFERENCES enterprises (id),
  created_by       uuid REFERENCES users (id),
  created_by_name  text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((department_id IS NULL) <> (enterprise_id IS NULL))
);
CREATE INDEX checklists_department_idx ON checklists (department_id, created_at DESC, id DESC) WHERE department_id IS NOT NULL;
CREATE INDEX checklists_enterprise_idx ON checklists (enterprise_id, created_at DESC, id DESC) WHERE enterprise_id IS NOT NULL;
CREATE INDEX checklists_created_idx ON checklists (created_at DESC, id DESC);
-- `?industryCode=`: the scope overlaps the code's ancestors.
CREATE INDEX checklists_industry_scope_idx ON checklists USING gin (industry_scope);

-- A custom item's id is its code: what results and a hazard's checklist_item_id hold.
CREATE TABLE checklist_items (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  checklist_id        uuid NOT NULL REFERENCES checklists (id),
  position            integer NOT NULL CHECK (position >= 0),
  content             text NOT NULL,
  standard            text NOT NULL,
  article             text,
  item                text,
  is_major_criterion  boolean NOT NULL,
  UNIQUE (checklist_id, position)
);

CREATE TABLE investigation_plans (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name               text NOT NULL,
  key_areas          text[] NOT NULL CHECK (cardinality(key_areas) > 0),
  -- Exactly one: a built-in library id (e.g. industry-trade-2023) or a custom checklist.
  builtin_checklist  text,
  checklist_id       uuid REFERENCES checklists (id),
  checklist_name     text NOT NULL,
  frequency          text NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'quarterly')),
  -- startDate 00:00 and the day after endDate 00:00 in Asia/Shanghai: [starts_at, ends_at).
  starts_at          timestamptz NOT NULL,
  ends_at            timestamptz NOT NULL CHECK (ends_at > starts_at),
  -- Where task generation resumes: the end of the last period with tasks (starts_at before the first).
  next_period_at     timestamptz NOT NULL,
  department_id      uuid REFERENCES departments (id),
  enterprise_id      uuid REFERENCES enterprises (id),
  enterprise_filter  jsonb,
  enterprise_count   integer NOT NULL CHECK (enterprise_count > 0),
  created_by         uuid REFERENCES users (id),
  created_by_name    text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((builtin_checklist IS NULL) <> (checklist_id IS NULL)),
  CHECK ((department_id IS NULL) <> (enterprise_id IS NULL))
);
CREATE INDEX investigation_plans_created_idx ON investigation_plans (created_at DESC, id DESC);
CREATE INDEX investigation_plans_department_idx ON investigation_plans (department_id, created_at DESC) WHERE department_id IS NOT NULL;
CREATE INDEX investigation_plans_frequency_idx ON investigation_plans (frequency, created_at DESC);
-- `?active=` and the generation job's "plans with a period to generate".
CREATE INDEX investigation_plans_ends_idx ON investigation_plans (ends_at);
CREATE INDEX investigation_plans_pending_idx ON investigation_plans (next_period_at) WHERE next_period_at < ends_at;

-- The frozen list of a plan's enterprises, resolved at creation.
CREATE TABLE investigation_plan_enterprises (
  plan_id        uuid NOT NULL REFERENCES investigation_plans (id),
  enterprise_id  uuid NOT NULL REFERENCES enterprises (id),
  PRIMARY KEY (plan_id, enterprise_id)
);
-- `?enterpriseId=` on plans, and scope (the plans that reach an enterprise).
CREATE INDEX investigation_plan_enterprises_enterprise_idx ON investigation_plan_enterprises (enterprise_id, plan_id);

CREATE TABLE investigation_tasks (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id            uuid NOT NULL REFERENCES investigation_plans (id),
  enterprise_id      uuid NOT NULL REFERENCES enterprises (id),
  period_start       timestamptz NOT NULL,
  period_end         timestamptz NOT NULL CHECK (period_end > period_start),
  due_at             timestamptz NOT NULL,
  status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'missed')),
  completed_at       timestamptz,
  completed_by       uuid REFERENCES users (id),
  completed_by_name  text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (completed_at IS NOT NULL)),
  -- Generation is idempotent: one task per enterprise per period of a plan. Also serves `?planId=`.
  CONSTRAINT investigation_tasks_period_key UNIQUE (plan_id, enterprise_id, period_start)
);
CREATE INDEX investigation_tasks_plan_due_idx ON investigation_tasks (plan_id, due_at DESC, id DESC);
CREATE INDEX investigation_tasks_enterprise_due_idx ON investigation_tasks (enterprise_id, due_at DESC, id DESC);
CREATE INDEX investigation_tasks_status_due_idx ON investigation_tasks (status, due_at DESC, id DESC);
CREATE INDEX investigation_tasks_due_idx ON investigation_tasks (due_at DESC, id DESC);
-- The missed-task job: open tasks by due time.
CREATE INDEX investigation_tasks_open_due_idx ON investigation_tasks (due_at) WHERE status = 'open';

CREATE TABLE investigation_task_results (
  task_id    uuid NOT NULL REFERENCES investigation_tasks (id),
  item_code  text NOT NULL,
  position   integer NOT NULL,
  outcome    text NOT NULL CHECK (outcome IN ('pass', 'fail', 'not_applicable')),
  note       text,
  hazard_id  uuid REFERENCES hazards (id),
  PRIMARY KEY (task_id, item_code),
  CHECK ((outcome = 'fail') = (hazard_id IS NOT NULL))
);
CREATE INDEX investigation_task_results_hazard_idx ON investigation_task_results (hazard_id) WHERE hazard_id IS NOT NULL;

-- Photos of a result; a photo is used once. Those of a failed item are also attached to its hazard.
CREATE TABLE investigation_result_photos (
  photo_id   uuid PRIMARY KEY REFERENCES photos (id),
  task_id    uuid NOT NULL,
  item_code  text NOT NULL,
  FOREIGN KEY (task_id, item_code) REFERENCES investigation_task_results (task_id, item_code)
);
CREATE INDEX investigation_result_photos_result_idx ON investigation_result_photos (task_id, item_code);

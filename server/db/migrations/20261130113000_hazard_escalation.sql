-- Overdue escalation (hazards issue): each step of the ladder fires once per missed deadline, leaves an
-- in-app notification for the enterprise or the departments it reaches, and an audit event.

CREATE TABLE hazard_escalations (
  hazard_id     uuid NOT NULL REFERENCES hazards (id),
  deadline      timestamptz NOT NULL,
  target        text NOT NULL CHECK (target IN ('enterprise_principal', 'supervising_department', 'district', 'city')),
  escalated_at  timestamptz NOT NULL,
  PRIMARY KEY (hazard_id, deadline, target)
);

CREATE TABLE notifications (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at     timestamptz NOT NULL DEFAULT now(),
  kind           text NOT NULL,
  entity         text NOT NULL,
  entity_id      text NOT NULL,
  title          text NOT NULL,
  payload        jsonb NOT NULL,
  -- Addressed to an enterprise's officers or to a department's staff.
  enterprise_id  uuid REFERENCES enterprises (id),
  department_id  uuid REFERENCES departments (id),
  CHECK ((enterprise_id IS NULL) <> (department_id IS NULL))
);
CREATE INDEX notifications_enterprise_idx ON notifications (enterprise_id, created_at DESC) WHERE enterprise_id IS NOT NULL;
CREATE INDEX notifications_department_idx ON notifications (department_id, created_at DESC) WHERE department_id IS NOT NULL;

CREATE TABLE notification_reads (
  notification_id  uuid NOT NULL REFERENCES notifications (id),
  user_id          uuid NOT NULL REFERENCES users (id),
  read_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (notification_id, user_id)
);

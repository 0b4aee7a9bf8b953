-- Notifications beyond the browser (issue 13, docs/adr/0039-notification-channels-and-outbox.md): users' contact
-- addresses, their preferences per event kind and channel, and the delivery outbox. The in-app notification row
-- written in the business transaction is the outbox entry; a job fans it out to deliveries and sends them.

ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS phone text;

-- When the notification was fanned out to deliveries. Notifications written before this migration count as
-- dispatched, so switching channels on never mails the past.
ALTER TABLE notifications ADD COLUMN dispatched_at timestamptz;
UPDATE notifications SET dispatched_at = created_at;
CREATE INDEX notifications_undispatched_idx ON notifications (created_at) WHERE dispatched_at IS NULL;

-- A row overrides the default of core/notifications/preferences.ts for one kind and channel.
CREATE TABLE notification_preferences (
  user_id  uuid NOT NULL REFERENCES users (id),
  kind     text NOT NULL,
  channel  text NOT NULL CHECK (channel IN ('email', 'sms')),
  enabled  boolean NOT NULL,
  PRIMARY KEY (user_id, kind, channel)
);

CREATE TABLE notification_deliveries (
  id               bigserial PRIMARY KEY,
  notification_id  uuid NOT NULL REFERENCES notifications (id),
  user_id          uuid NOT NULL REFERENCES users (id),
  channel          text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- The address at fan-out time: a later change of the user's address does not redirect a retry.
  address          text NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz,
  UNIQUE (notification_id, user_id, channel)
);
CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_deliveries_user_idx ON notification_deliveries (user_id, id DESC);

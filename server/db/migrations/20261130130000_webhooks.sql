-- Webhooks (hazards issue: "configurable webhooks carry the same events to outside systems"). Deliveries are
-- an outbox written in the transaction of the event itself, delivered and retried by a scheduler job.

CREATE TABLE webhooks (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url         text NOT NULL,
  events      text[] NOT NULL CHECK (cardinality(events) > 0),
  secret      text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  created_by  uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_events_idx ON webhooks USING gin (events) WHERE active;

CREATE TABLE webhook_deliveries (
  id               bigserial PRIMARY KEY,
  webhook_id       uuid NOT NULL REFERENCES webhooks (id),
  event            text NOT NULL,
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  delivered_at     timestamptz
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, id DESC);

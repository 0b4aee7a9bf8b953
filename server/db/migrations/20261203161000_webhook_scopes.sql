-- Webhooks for every domain, each subscription within a scope (docs/adr/0041). An event reaches a webhook only when
-- the enterprise concerned lies in one of its districts AND one of its industries (matched on the enterprise's
-- ancestor paths, as a department's scope is) and is its enterprise when one is named. An empty list does not
-- restrict, so the webhooks made before this migration keep receiving everything they subscribed to.
ALTER TABLE webhooks ADD COLUMN region_codes text[] NOT NULL DEFAULT '{}';
ALTER TABLE webhooks ADD COLUMN industry_codes text[] NOT NULL DEFAULT '{}';
-- No foreign key: a subscription whose enterprise is gone keeps its scope and receives nothing, rather than
-- being dropped silently or widened to the whole city.
ALTER TABLE webhooks ADD COLUMN enterprise_id uuid;

-- A webhook can be deleted; its delivery history goes with it (the deletion itself is in the audit trail).
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_webhook_id_fkey;
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE;

-- "Send test" deliveries are attempted once, at once, to one webhook.
ALTER TABLE webhook_deliveries ADD COLUMN test boolean NOT NULL DEFAULT false;

-- The admin audit trail's filters (docs/adr/0041): by action, by time and by actor name (a prefix, any case),
-- each newest first. Entity + id and actor id are served by the indexes of the audit migration; "records of
-- one enterprise" reads the enterprise_id indexes of the owning tables.
CREATE INDEX audit_events_action_idx ON audit_events (action, id);
CREATE INDEX audit_events_at_idx ON audit_events (at);
CREATE INDEX audit_events_actor_name_idx ON audit_events (lower(actor_name) text_pattern_ops, id);

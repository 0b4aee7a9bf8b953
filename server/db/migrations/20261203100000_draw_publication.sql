-- Publication of a draw (一公开, docs/adr/0029-draw-publication.md): a draw is seen by its department and those
-- above it until it is published — by the department, or when every drawn enterprise has been inspected under it.
-- `published_at` is the one column that may change, once, from NULL to a time; everything else stays immutable.

ALTER TABLE inspection_draws ADD COLUMN published_at timestamptz CHECK (published_at IS NULL OR published_at >= created_at);

DROP TRIGGER inspection_draws_immutable ON inspection_draws;

-- Draws stored before this migration were public from the start. Those whose inspections are all recorded are
-- published at the last of them; the others are withdrawn until their department publishes them or they are done.
UPDATE inspection_draws w
SET published_at = GREATEST(w.created_at, done.at)
FROM (SELECT draw_id, max(created_at) AS at FROM inspections WHERE kind = 'inspection' AND draw_id IS NOT NULL GROUP BY draw_id) done
WHERE done.draw_id = w.id
  AND NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(w.enterprises) e
    WHERE NOT EXISTS (
      SELECT 1 FROM inspections i WHERE i.draw_id = w.id AND i.kind = 'inspection' AND i.enterprise_id = (e ->> 'id')::uuid
    )
  );

CREATE FUNCTION inspection_draw_publish_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.published_at IS NULL AND NEW.published_at IS NOT NULL
     AND (to_jsonb(NEW) - 'published_at') = (to_jsonb(OLD) - 'published_at') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'inspection_draws rows are immutable (only an unpublished draw may be published, once)'
    USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER inspection_draws_immutable BEFORE UPDATE OR DELETE ON inspection_draws
  FOR EACH ROW EXECUTE FUNCTION inspection_draw_publish_only();

-- The public list (GET /public/draws), newest publication first.
CREATE INDEX inspection_draws_published_idx ON inspection_draws (published_at DESC, id DESC) WHERE published_at IS NOT NULL;

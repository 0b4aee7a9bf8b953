-- The header's global search (server/search): part-of-text matches on what people look records up by, served by
-- trigram indexes (pg_trgm, created with the organisations; enterprises.name has its own since then), and the
-- start of a credit code by a pattern index. Document numbers are served by enforcement_documents_number_trgm_idx
-- (20261203164000_inspection_workflow.sql).
CREATE INDEX hazards_title_trgm_idx ON hazards USING gin (title gin_trgm_ops);
CREATE INDEX inspections_place_trgm_idx ON inspections USING gin (place gin_trgm_ops);
CREATE INDEX accidents_description_trgm_idx ON accidents USING gin (description gin_trgm_ops);
CREATE INDEX enterprises_credit_code_pattern_idx ON enterprises (credit_code text_pattern_ops);

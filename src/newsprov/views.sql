-- Analytics views, (re)created on every load. Tables are documented in README.md.

-- One row per attribution with its document's publisher and date: the base of most source analytics.
CREATE OR REPLACE VIEW attribution_facts AS
SELECT a.*, d.publisher, d.published_at, d.source_uri
FROM attributions a JOIN documents d USING (doc_id);

-- One row per attribution: the parts of a quotation split around its cue or continued after it are rows of
-- one attribution (same document and cue); this keeps the first part.
CREATE OR REPLACE VIEW attribution_events AS
SELECT * FROM attribution_facts
QUALIFY row_number() OVER (PARTITION BY doc_id, cue_start, cue_end ORDER BY content_start) = 1;

-- Share of anonymous attributions per publisher.
CREATE OR REPLACE VIEW anonymous_share_by_publisher AS
SELECT coalesce(publisher, '(unknown)') AS publisher,
       count(*) AS attributions,
       count(*) FILTER (WHERE source_kind = 'anonymous') AS anonymous,
       round(count(*) FILTER (WHERE source_kind = 'anonymous') / count(*), 3) AS anonymous_share,
       count(*) FILTER (WHERE source_kind = 'anonymous' AND anonymity_reason IS NOT NULL) AS anonymous_with_reason
FROM attribution_events GROUP BY 1;

-- Sources counted as sources, not mentions (source_name is the fullest mention in the document).
CREATE OR REPLACE VIEW sources_by_document AS
SELECT doc_id, coalesce(source_name, source_text) AS source, source_kind,
       count(DISTINCT (cue_start, cue_end)) AS attributions, bool_or(is_direct_quote) AS quoted_directly
FROM attributions GROUP BY ALL;

-- Photo captions and whether they carry a credit.
CREATE OR REPLACE VIEW caption_credits AS
SELECT b.doc_id, b.seq, b.text AS caption, c.credited_name, c.credited_role, c.credited_org, c.text AS credit_text
FROM blocks b LEFT JOIN credits c
  ON c.doc_id = b.doc_id AND c.kind IN ('photo', 'video') AND c.block_seq = b.seq
WHERE b.kind = 'caption';

-- The latest state of every run.
CREATE OR REPLACE VIEW run_history AS
SELECT run_id, started_at, ended_at, status, inputs_seen, documents_loaded, quarantined,
       validation_errors, validation_warnings, code_version
FROM runs ORDER BY started_at DESC;

-- Per-document metrics the suites check (thresholds live in expectations/*.json).
CREATE OR REPLACE VIEW document_metrics AS
SELECT d.doc_id, d.source_uri, d.publisher, d.published_at,
       count(a.cue_start) AS attributions,
       count(a.cue_start) FILTER (WHERE a.source_kind = 'anonymous') AS anonymous,
       round(count(a.cue_start) FILTER (WHERE a.source_kind = 'anonymous') / nullif(count(a.cue_start), 0), 3)
           AS anonymous_share,
       count(a.cue_start) FILTER (WHERE a.source_kind = 'anonymous' AND a.anonymity_reason IS NULL)
           AS anonymous_without_reason
FROM documents d LEFT JOIN attribution_events a USING (doc_id)
GROUP BY ALL;

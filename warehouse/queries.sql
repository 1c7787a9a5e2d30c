-- Example analytics on the newsprov warehouse (DuckDB 2.x), one query per statement.
-- In the DuckDB CLI: .read warehouse/queries.sql, or paste a query into any DuckDB client.

-- Share of anonymous attributions per publisher.
SELECT * FROM anonymous_share_by_publisher ORDER BY anonymous_share DESC;

-- Reasons given for anonymity, most common first.
SELECT anonymity_reason, count(*) AS attributions, count(DISTINCT doc_id) AS articles
FROM attributions WHERE anonymity_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC;

-- Direct quotes vs reported speech per source kind.
SELECT source_kind, count(*) FILTER (WHERE is_direct_quote) AS direct, count(*) FILTER (WHERE NOT is_direct_quote) AS reported
FROM attributions GROUP BY 1 ORDER BY 1;

-- Which outlets are credited by others ("X first reported").
SELECT credited_org, count(*) AS credits FROM credits WHERE kind = 'outlet' GROUP BY 1 ORDER BY 2 DESC;

-- Photo agencies and photographers.
SELECT credited_org, credited_name, count(*) AS photos FROM credits WHERE kind IN ('photo', 'video') GROUP BY ALL ORDER BY photos DESC;

-- Documents whose publication date is missing (relative dates unanchored).
SELECT source_uri FROM documents WHERE published_at IS NULL;

-- Failing rows of the last run's failed expectations, one row per failing span.
SELECT v.suite, v.description, f.doc_id, f.char_start, f.char_end
FROM validation_results v, unnest(from_json(v.failing_rows, '[{"doc_id":"VARCHAR","char_start":"BIGINT","char_end":"BIGINT"}]')) AS t(f)
WHERE v.run_id = (SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1) AND NOT v.success;

-- 0012_counter_changes: a change log the results state follows. Triggers write one row per changed
-- counter cell (and one marker row per statement that changes units, objective entries or methodology
-- versions) in the writer's own transaction, tagged with its transaction id. A reader that remembers
-- the snapshot of its last read takes exactly the rows of transactions that snapshot did not see
-- (src/db/counter-change-feed.ts), so every process on one database converges on the same counters.
-- Each writing statement also notifies channel zvezda_changes at commit: a wake-up, never the truth.
CREATE TABLE counter_changes (
  xid      xid8 NOT NULL DEFAULT pg_current_xact_id(),
  -- 'response' | 'excluded' | 'pending' (a counter table), 'reset' (a table emptied),
  -- 'units' | 'objective' | 'methodology' (what the figures depend on besides counters).
  source   text NOT NULL,
  unit_id  text,
  month    char(7),
  view     text,
  key      text,
  value    text,
  delta    bigint NOT NULL DEFAULT 0,
  at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX counter_changes_xid ON counter_changes (xid);
CREATE INDEX counter_changes_at ON counter_changes (at);

-- The newest transaction id whose rows were pruned: a reader that has not seen all before it reloads.
CREATE TABLE counter_change_horizon (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  xid      xid8 NOT NULL
);
INSERT INTO counter_change_horizon (xid) VALUES ('0'::xid8);

CREATE FUNCTION log_counter_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counter_changes (source, unit_id, month, view, key, value, delta)
  SELECT TG_ARGV[0], n.unit_id, n.month, n.view, n.key, n.value, n.count FROM new_rows n WHERE n.count <> 0;
  PERFORM pg_notify('zvezda_changes', '');
  RETURN NULL;
END $$;

CREATE FUNCTION log_counter_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counter_changes (source, unit_id, month, view, key, value, delta)
  SELECT TG_ARGV[0], c.unit_id, c.month, c.view, c.key, c.value, sum(c.d)
  FROM (SELECT unit_id, month, view, key, value, count AS d FROM new_rows
        UNION ALL SELECT unit_id, month, view, key, value, -count FROM old_rows) c
  GROUP BY c.unit_id, c.month, c.view, c.key, c.value
  HAVING sum(c.d) <> 0;
  PERFORM pg_notify('zvezda_changes', '');
  RETURN NULL;
END $$;

CREATE FUNCTION log_counter_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counter_changes (source, unit_id, month, view, key, value, delta)
  SELECT TG_ARGV[0], o.unit_id, o.month, o.view, o.key, o.value, -o.count FROM old_rows o WHERE o.count <> 0;
  PERFORM pg_notify('zvezda_changes', '');
  RETURN NULL;
END $$;

CREATE FUNCTION log_marker_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counter_changes (source) VALUES (TG_ARGV[0]);
  PERFORM pg_notify('zvezda_changes', '');
  RETURN NULL;
END $$;

CREATE TRIGGER response_counters_logged_insert AFTER INSERT ON response_counters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_insert('response');
CREATE TRIGGER response_counters_logged_update AFTER UPDATE ON response_counters
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_update('response');
CREATE TRIGGER response_counters_logged_delete AFTER DELETE ON response_counters
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_delete('response');
CREATE TRIGGER response_counters_logged_truncate AFTER TRUNCATE ON response_counters
  FOR EACH STATEMENT EXECUTE FUNCTION log_marker_change('reset');

CREATE TRIGGER excluded_counters_logged_insert AFTER INSERT ON excluded_counters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_insert('excluded');
CREATE TRIGGER excluded_counters_logged_update AFTER UPDATE ON excluded_counters
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_update('excluded');
CREATE TRIGGER excluded_counters_logged_delete AFTER DELETE ON excluded_counters
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_delete('excluded');
CREATE TRIGGER excluded_counters_logged_truncate AFTER TRUNCATE ON excluded_counters
  FOR EACH STATEMENT EXECUTE FUNCTION log_marker_change('reset');

CREATE TRIGGER pending_counters_logged_insert AFTER INSERT ON pending_counters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_insert('pending');
CREATE TRIGGER pending_counters_logged_update AFTER UPDATE ON pending_counters
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_update('pending');
CREATE TRIGGER pending_counters_logged_delete AFTER DELETE ON pending_counters
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_counter_delete('pending');
CREATE TRIGGER pending_counters_logged_truncate AFTER TRUNCATE ON pending_counters
  FOR EACH STATEMENT EXECUTE FUNCTION log_marker_change('reset');

CREATE TRIGGER org_units_logged AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_units
  FOR EACH STATEMENT EXECUTE FUNCTION log_marker_change('units');
CREATE TRIGGER objective_entries_logged AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON objective_entries
  FOR EACH STATEMENT EXECUTE FUNCTION log_marker_change('objective');
CREATE TRIGGER methodology_versions_logged AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON methodology_versions
  FOR EACH STATEMENT EXECUTE FUNCTION log_marker_change('methodology');

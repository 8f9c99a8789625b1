-- 0013_results_checkpoints: the summed counters of a (methodology, period, basis) as a server last held them,
-- with the snapshot they were current as of. A server starting up reads the image and the counter changes
-- (0012) its snapshot did not see, instead of summing every counter row of the period again. Derived data:
-- deleting a row only makes the next first read slower.
CREATE TABLE results_checkpoints (
  methodology_id text NOT NULL,
  period         text NOT NULL,
  basis          text NOT NULL,
  -- pg_snapshot text: the image holds exactly the transactions visible in it.
  snapshot       text NOT NULL,
  image          bytea NOT NULL,
  written_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (methodology_id, period, basis)
);

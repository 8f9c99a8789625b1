-- 0004_quality: data-quality review. Detection runs flag responses and units; reviewers above
-- the unit confirm (the responses are excluded) or clear the flags. Two counter tables beside
-- response_counters (= published: non-excluded responses, what the index reads) give the other
-- bases without scanning responses: raw = response_counters + excluded_counters, and
-- "as if the pending flags were confirmed" = response_counters - pending_counters.

-- One detection run over a period, for the whole country (scope_unit_id null) or a subtree.
CREATE TABLE quality_runs (
  id                 bigserial PRIMARY KEY,
  period             text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
  scope_unit_id      text REFERENCES org_units (id),
  settings_version   text NOT NULL,
  -- null for the system (the CLI, the demo seed).
  started_by         uuid REFERENCES users (id),
  started_at         timestamptz NOT NULL DEFAULT now(),
  finished_at        timestamptz,
  responses_checked  integer NOT NULL DEFAULT 0 CHECK (responses_checked >= 0),
  responses_flagged  integer NOT NULL DEFAULT 0 CHECK (responses_flagged >= 0),
  flags_added        integer NOT NULL DEFAULT 0 CHECK (flags_added >= 0),
  -- Pending flags the engine no longer raises (removed: nobody had decided them).
  flags_withdrawn    integer NOT NULL DEFAULT 0 CHECK (flags_withdrawn >= 0),
  units_flagged      integer NOT NULL DEFAULT 0 CHECK (units_flagged >= 0)
);

-- At most one flag per response: a later run refreshes a pending flag and never touches a decided one.
CREATE TABLE response_flags (
  response_id    text PRIMARY KEY REFERENCES responses (id) ON DELETE CASCADE,
  -- The response's unit, copied for scope filters.
  unit_id        text NOT NULL REFERENCES org_units (id),
  run_id         bigint NOT NULL REFERENCES quality_runs (id),
  score          double precision NOT NULL CHECK (score >= 0 AND score <= 1),
  -- The engine's reasons: [{code, text, weight, related?, group?}].
  reasons        jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array'),
  -- The burst / series / duplicate cluster the response belongs to, for bulk decisions.
  group_key      text,
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'cleared')),
  decided_by     uuid REFERENCES users (id),
  decided_at     timestamptz,
  decision_note  text CHECK (decision_note IS NULL OR length(decision_note) <= 2000),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT response_flags_decided CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX response_flags_unit_idx ON response_flags (unit_id, status);
CREATE INDEX response_flags_group_idx ON response_flags (group_key) WHERE group_key IS NOT NULL;

-- A unit whose figures diverge from its peers' in a period.
CREATE TABLE unit_flags (
  unit_id        text NOT NULL REFERENCES org_units (id),
  period         text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
  run_id         bigint NOT NULL REFERENCES quality_runs (id),
  score          double precision NOT NULL CHECK (score >= 0 AND score <= 1),
  reasons        jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array'),
  -- The statistics compared against the peers, {name: number}.
  stats          jsonb CHECK (stats IS NULL OR jsonb_typeof(stats) = 'object'),
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'cleared')),
  decided_by     uuid REFERENCES users (id),
  decided_at     timestamptz,
  decision_note  text CHECK (decision_note IS NULL OR length(decision_note) <= 2000),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, period),
  CONSTRAINT unit_flags_decided CHECK ((status = 'pending') = (decided_at IS NULL))
);

-- Cells of excluded responses, same shape and rules as response_counters.
CREATE TABLE excluded_counters (
  unit_id  text NOT NULL REFERENCES org_units (id),
  month    char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  view     text NOT NULL CHECK (view IN ('seeker', 'employer')),
  key      text NOT NULL,
  value    text NOT NULL,
  count    bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (month, unit_id, view, key, value)
);

-- Cells of non-excluded responses that carry a pending flag (a subset of response_counters).
CREATE TABLE pending_counters (
  unit_id  text NOT NULL REFERENCES org_units (id),
  month    char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  view     text NOT NULL CHECK (view IN ('seeker', 'employer')),
  key      text NOT NULL,
  value    text NOT NULL,
  count    bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (month, unit_id, view, key, value)
);

-- Responses stored as excluded before this migration have no cells here (their cells depend
-- on the methodology's forms, which SQL does not know); raw figures omit them.

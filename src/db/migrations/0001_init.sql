-- 0001_init: the first schema of Zvezda: org tree, users and sessions, methodology versions,
-- survey responses with their pre-aggregated counters, objective data, audit log, settings.
-- Applied migrations are never edited: change the schema with a new NNNN_name.sql file.
--
-- Conventions: times are timestamptz; identifiers shown in links or exchange files are text;
-- enumerations are text with a CHECK (easy to extend in a later migration, unlike enum types);
-- months are 'YYYY-MM' in the region's local time, computed by the application.

-- The org tree: regions (субъекты РФ), managing centres (Упр ЦЗН), territorial centres.
CREATE TABLE org_units (
  -- The unit code: in survey links (/s/<id>/seeker) and in the dataset exchange format.
  -- A region's id is its two-digit official subject code («код субъекта»), e.g. '32'.
  id          text PRIMARY KEY CHECK (id ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$'),
  kind        text NOT NULL CHECK (kind IN ('region', 'managing', 'territorial')),
  name        text NOT NULL CHECK (btrim(name) <> ''),
  parent_id   text REFERENCES org_units (id),
  -- Regions only: the network type and the IANA time zone of the capital.
  network     text CHECK (network IN ('centralized', 'decentralized')),
  timezone    text,
  -- Opening hours in the region's local time, {"mon": "09:00-18:00", …, "sat": null};
  -- null: inherit the nearest ancestor's (default Monday to Friday 09:00–18:00).
  hours       jsonb CHECK (hours IS NULL OR jsonb_typeof(hours) = 'object'),
  closed_at   timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT org_units_region_is_root CHECK ((kind = 'region') = (parent_id IS NULL)),
  CONSTRAINT org_units_region_code CHECK (kind <> 'region' OR id ~ '^[0-9]{2}$'),
  CONSTRAINT org_units_network_on_regions CHECK ((kind = 'region') = (network IS NOT NULL)),
  CONSTRAINT org_units_timezone_on_regions CHECK (timezone IS NULL OR kind = 'region'),
  CONSTRAINT org_units_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX org_units_parent_idx ON org_units (parent_id);

CREATE TABLE users (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored lower-case, so that logins differing only in case cannot coexist.
  login           text NOT NULL UNIQUE CHECK (login = lower(login) AND btrim(login) <> ''),
  -- scrypt$N$r$p$salt$key
  password_hash   text NOT NULL,
  display_name    text NOT NULL,
  role            text NOT NULL CHECK (role IN ('federal_admin', 'federal_analyst', 'regional_admin', 'unit_manager')),
  -- The subtree a regional admin or a unit manager sees; federal roles see everything.
  scope_unit_id   text REFERENCES org_units (id),
  failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until    timestamptz,
  last_login_at   timestamptz,
  disabled        boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_scope_by_role CHECK ((role IN ('federal_admin', 'federal_analyst')) = (scope_unit_id IS NULL))
);

CREATE TABLE sessions (
  -- A hash of the session token: the token itself lives only in the browser's cookie.
  id            text PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_secret   text NOT NULL,
  expires_at    timestamptz NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Methodology versions as data (thresholds, weights, mappings, checklists): see methodology.md.
CREATE TABLE methodology_versions (
  id          text PRIMARY KEY CHECK (id ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$'),
  title       text NOT NULL,
  body        jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
  is_active   boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- null for versions shipped with the product.
  created_by  uuid REFERENCES users (id)
);
-- At most one active version.
CREATE UNIQUE INDEX methodology_versions_one_active ON methodology_versions ((true)) WHERE is_active;

CREATE TABLE responses (
  -- A uuid for survey submissions, the source id for imported responses.
  id               text PRIMARY KEY,
  unit_id          text NOT NULL REFERENCES org_units (id),
  respondent       text NOT NULL CHECK (respondent IN ('seeker', 'employer')),
  methodology_id   text NOT NULL REFERENCES methodology_versions (id),
  submitted_at     timestamptz NOT NULL,
  -- The month of submitted_at in the region's time zone (methodology §6), set by the app.
  local_month      char(7) NOT NULL CHECK (local_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  started_at       timestamptz,
  duration_sec     integer CHECK (duration_sec >= 0),
  channel          text NOT NULL CHECK (channel IN ('qr', 'link', 'kiosk', 'paper', 'import')),
  -- A kiosk's id or a salted hash of the device: the raw material of data-quality checks.
  device_hash      text,
  answers          jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  comments         jsonb CHECK (comments IS NULL OR jsonb_typeof(comments) = 'object'),
  profile          jsonb CHECK (profile IS NULL OR jsonb_typeof(profile) = 'object'),
  excluded         boolean NOT NULL DEFAULT false,
  excluded_reason  text,
  -- Idempotency key of a survey submission: a form posted twice is stored once.
  form_token       text UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT responses_reason_only_if_excluded CHECK (excluded OR excluded_reason IS NULL)
);
CREATE INDEX responses_unit_month_idx ON responses (unit_id, local_month);
CREATE INDEX responses_device_idx ON responses (device_hash, submitted_at) WHERE device_hash IS NOT NULL;

-- Pre-aggregated answer counts per unit, local month and view, which the index reads
-- (core's CounterCell). key '_n' with value '' counts the responses themselves.
-- Updated only by INSERT … ON CONFLICT DO UPDATE SET count = count + excluded.count.
CREATE TABLE response_counters (
  unit_id  text NOT NULL REFERENCES org_units (id),
  month    char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  view     text NOT NULL CHECK (view IN ('seeker', 'employer')),
  key      text NOT NULL,
  value    text NOT NULL,
  count    bigint NOT NULL CHECK (count >= 0),
  -- Month first: every read selects the months of a period, for all units or a few.
  PRIMARY KEY (month, unit_id, view, key, value)
);

-- Objective data: checklist counts, vacancies, events, channel sets (methodology §4).
CREATE TABLE objective_entries (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id       text NOT NULL REFERENCES org_units (id),
  -- An indicator code (К1, П2, …); null for a channel-set entry.
  indicator     text,
  -- '2025', '2025-H1', '2025-Q2' or '2025-04', and the days it spans (both inclusive).
  period        text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
  period_start  date NOT NULL,
  period_end    date NOT NULL,
  -- {met, applicable} | {vacanciesNow, vacanciesYearAgo} | {events} | {channels: […]}
  payload       jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
  status        text NOT NULL DEFAULT 'approved' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  created_by    uuid REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT objective_entries_period_order CHECK (period_start <= period_end)
);
CREATE INDEX objective_entries_unit_period_idx ON objective_entries (unit_id, period_start, period_end);
CREATE INDEX objective_entries_period_idx ON objective_entries (period_start, period_end);

CREATE TABLE audit_log (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  -- null for the system itself (imports, migrations, the demo seed).
  actor_id   uuid REFERENCES users (id),
  action     text NOT NULL,
  entity     text NOT NULL,
  entity_id  text,
  before     jsonb,
  after      jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Values an installation generates once and keeps, such as the secret behind cookies when
-- ZVEZDA_SECRET is not set.
CREATE TABLE app_settings (
  key         text PRIMARY KEY,
  value       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

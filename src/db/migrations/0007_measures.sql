-- 0007_measures: the corrective-measures register of the improvement loop. A measure belongs to a unit (a centre,
-- a managing centre or a region), targets survey indicators of one view, and moves through
-- draft → planned → in_progress → done → evaluated, or cancelled (with a reason) from any open status.
-- Evidence files share the limits of objective photos (5 MB; JPEG, PNG, WebP, also PDF); comments form its thread.

CREATE TABLE measures (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id               text NOT NULL REFERENCES org_units (id),
  title                 text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
  description           text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  kind                  text NOT NULL CHECK (kind IN ('process', 'client_experience', 'premises', 'staff_training', 'channels', 'other')),
  client_participation  text NOT NULL DEFAULT '' CHECK (length(client_participation) <= 2000),
  owner                 text NOT NULL DEFAULT '' CHECK (length(owner) <= 300),
  view                  text NOT NULL CHECK (view IN ('seeker', 'employer')),
  planned_start         date NOT NULL,
  planned_end           date NOT NULL,
  actual_start          date,
  actual_end            date,
  status                text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned', 'in_progress', 'done', 'evaluated', 'cancelled')),
  cancel_reason         text CHECK (cancel_reason IS NULL OR (btrim(cancel_reason) <> '' AND length(cancel_reason) <= 2000)),
  created_by            uuid REFERENCES users (id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_by            uuid REFERENCES users (id),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT measures_planned_order CHECK (planned_end >= planned_start),
  CONSTRAINT measures_actual_order CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
  CONSTRAINT measures_cancelled_has_reason CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
  CONSTRAINT measures_done_has_dates CHECK (status NOT IN ('done', 'evaluated') OR actual_end IS NOT NULL)
);
CREATE INDEX measures_unit_idx ON measures (unit_id, status);

-- The indicators a measure targets (codes of the methodology; checked by the application against the active version).
CREATE TABLE measure_indicators (
  measure_id  uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  indicator   text NOT NULL CHECK (btrim(indicator) <> ''),
  PRIMARY KEY (measure_id, indicator)
);
CREATE INDEX measure_indicators_indicator_idx ON measure_indicators (indicator);

-- Evidence: photos of the result, protocols, the client-session notes.
CREATE TABLE measure_files (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id    uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  file_name     text CHECK (file_name IS NULL OR length(file_name) <= 255),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size          integer NOT NULL CHECK (size > 0 AND size <= 5242880),
  data          bytea NOT NULL,
  uploaded_by   uuid REFERENCES users (id),
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT measure_files_size_matches CHECK (octet_length(data) = size)
);
CREATE INDEX measure_files_measure_idx ON measure_files (measure_id);

-- The discussion thread of a measure.
CREATE TABLE measure_comments (
  id          bigserial PRIMARY KEY,
  measure_id  uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  author_id   uuid REFERENCES users (id),
  body        text NOT NULL CHECK (btrim(body) <> '' AND length(body) <= 4000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measure_comments_measure_idx ON measure_comments (measure_id, created_at);

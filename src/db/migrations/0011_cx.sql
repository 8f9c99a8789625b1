-- 0011_cx: the CX team's records of the voice of the client. Client portraits (портреты клиента) a region keeps:
-- a name, a segment over profile fields (validated by the application against the methodology) and three
-- descriptions; and a region's own copy of a client-journey template (маршрут клиента), stored whole as JSON.

CREATE TABLE cx_portraits (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id      text NOT NULL REFERENCES org_units (id),
  name           text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
  -- {"view": "seeker", "criteria": {"gender": ["female"], "age": ["50-59"]}}
  segment        jsonb NOT NULL CHECK (jsonb_typeof(segment) = 'object'),
  demographic    text NOT NULL DEFAULT '' CHECK (length(demographic) <= 4000),
  psychographic  text NOT NULL DEFAULT '' CHECK (length(psychographic) <= 4000),
  behavioural    text NOT NULL DEFAULT '' CHECK (length(behavioural) <= 4000),
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     uuid REFERENCES users (id),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cx_portraits_region_idx ON cx_portraits (region_id, name);

-- A region's edited journey for one template ('seeker' or 'employer'); absent: the shipped template applies.
CREATE TABLE cx_journeys (
  region_id   text NOT NULL REFERENCES org_units (id),
  template    text NOT NULL CHECK (template IN ('seeker', 'employer')),
  -- {"title": …, "stages": [{"code", "title", "description", "questions", "indicators", "themes"}, …]}
  body        jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
  updated_by  uuid REFERENCES users (id),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_id, template)
);

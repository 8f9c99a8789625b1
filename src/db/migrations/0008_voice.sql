-- 0008_voice: the voice of the client. Every free text — per-question notes, closing suggestions and
-- «другое» answers of survey responses, and feedback staff register from other channels — in one table
-- with a Russian full-text vector (GIN) and the themes the tagger found; staff corrections of tags.
-- External feedback never enters the index: it has no response and no counters.

CREATE TABLE voice_feedback (
  id           bigserial PRIMARY KEY,
  unit_id      text NOT NULL REFERENCES org_units (id),
  channel      text NOT NULL CHECK (channel IN ('book', 'social', 'appeal', 'media', 'other')),
  received_on  date NOT NULL,
  text         text NOT NULL CHECK (btrim(text) <> '' AND length(text) <= 4000),
  -- An optional rating on 1..5 as the source gives it.
  rating       smallint CHECK (rating BETWEEN 1 AND 5),
  link         text CHECK (link IS NULL OR (link ~ '^https?://' AND length(link) <= 2000)),
  created_by   uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX voice_feedback_unit_idx ON voice_feedback (unit_id, received_on);

CREATE TABLE voice_texts (
  id           bigserial PRIMARY KEY,
  response_id  text REFERENCES responses (id) ON DELETE CASCADE,
  feedback_id  bigint REFERENCES voice_feedback (id) ON DELETE CASCADE,
  -- The comment or answer key (q9, suggestions, q14other); the channel for external feedback.
  source_key   text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('note', 'suggestion', 'other', 'feedback')),
  unit_id      text NOT NULL REFERENCES org_units (id),
  -- seeker / employer for survey texts, null for external feedback.
  respondent   text CHECK (respondent IN ('seeker', 'employer')),
  local_month  char(7) NOT NULL CHECK (local_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  at           timestamptz NOT NULL,
  -- The scale answer (1..10) the note is about; the feedback's rating (1..5).
  score        smallint CHECK (score BETWEEN 1 AND 10),
  rating       smallint CHECK (rating BETWEEN 1 AND 5),
  text         text NOT NULL,
  tsv          tsvector GENERATED ALWAYS AS (to_tsvector('russian', text)) STORED,
  themes       text[] NOT NULL DEFAULT '{}',
  sentiment    smallint NOT NULL DEFAULT 0 CHECK (sentiment BETWEEN -1 AND 1),
  negative     boolean NOT NULL DEFAULT false,
  -- The taxonomy version that tagged the text; null until tagged.
  tagged_by    text,
  -- A person corrected the themes: a new taxonomy version leaves them as they are.
  corrected    boolean NOT NULL DEFAULT false,
  CHECK ((response_id IS NULL) <> (feedback_id IS NULL)),
  UNIQUE (response_id, source_key)
);
CREATE INDEX voice_texts_tsv_idx ON voice_texts USING gin (tsv);
CREATE INDEX voice_texts_themes_idx ON voice_texts USING gin (themes);
CREATE INDEX voice_texts_month_unit_idx ON voice_texts (local_month, unit_id);
CREATE INDEX voice_texts_unit_month_idx ON voice_texts (unit_id, local_month, at DESC);
CREATE INDEX voice_texts_feedback_idx ON voice_texts (feedback_id) WHERE feedback_id IS NOT NULL;
CREATE INDEX voice_texts_untagged_idx ON voice_texts (id) WHERE tagged_by IS NULL;

-- Responses whose texts are not extracted yet. The survey and the import write their texts with the
-- response and store false; anything else (older rows, other writers) is picked up by the voice sweep.
ALTER TABLE responses ADD COLUMN voice_pending boolean NOT NULL DEFAULT true;
CREATE INDEX responses_voice_pending_idx ON responses (id) WHERE voice_pending;

CREATE TABLE voice_tag_corrections (
  id             bigserial PRIMARY KEY,
  text_id        bigint NOT NULL REFERENCES voice_texts (id) ON DELETE CASCADE,
  actor_id       uuid REFERENCES users (id),
  themes_before  text[] NOT NULL,
  themes_after   text[] NOT NULL,
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX voice_tag_corrections_text_idx ON voice_tag_corrections (text_id, at);

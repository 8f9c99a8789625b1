-- 0006_objective: staff-entered objective data with its workflow. objective_entries stays the one
-- table the index reads (its payload holds the counts); the details behind a payload live in the
-- tables below and the application keeps both in step, in one transaction per change.
--
-- Workflow: draft → submitted → approved, or submitted → returned (with a reason) → draft/submitted …;
-- an approved entry changes only after a reopening (recorded in objective_reopenings, status → returned).

ALTER TABLE objective_entries ADD COLUMN updated_by uuid REFERENCES users (id);
ALTER TABLE objective_entries ADD COLUMN submitted_by uuid REFERENCES users (id);
ALTER TABLE objective_entries ADD COLUMN submitted_at timestamptz;
ALTER TABLE objective_entries ADD COLUMN approved_by uuid REFERENCES users (id);
ALTER TABLE objective_entries ADD COLUMN approved_at timestamptz;
-- The reason of the last return or reopening; kept while the entry is corrected, cleared on approval.
ALTER TABLE objective_entries ADD COLUMN return_reason text CHECK (return_reason IS NULL OR length(return_reason) <= 2000);
ALTER TABLE objective_entries ADD CONSTRAINT objective_entries_returned_has_reason CHECK (status <> 'returned' OR return_reason IS NOT NULL);

-- Entries of one unit for one indicator (or for channels, indicator null) never overlap in time
-- (methodology §4). The application refuses an overlap with a message naming the other period;
-- this trigger is the safety net for every other writer.
CREATE FUNCTION objective_entries_refuse_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE other text;
BEGIN
  SELECT o.period INTO other FROM objective_entries o
   WHERE o.unit_id = NEW.unit_id AND o.indicator IS NOT DISTINCT FROM NEW.indicator AND o.id <> NEW.id
     AND o.period_start <= NEW.period_end AND o.period_end >= NEW.period_start
   LIMIT 1;
  IF other IS NOT NULL THEN
    RAISE EXCEPTION 'Период % пересекается с уже введённым периодом % для подразделения % (%)',
      NEW.period, other, NEW.unit_id, coalesce(NEW.indicator, 'каналы') USING ERRCODE = '23P01';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER objective_entries_no_overlap BEFORE INSERT OR UPDATE OF unit_id, indicator, period_start, period_end
  ON objective_entries FOR EACH ROW EXECUTE FUNCTION objective_entries_refuse_overlap();

-- The answers of a checklist entry, one per item of the methodology's checklist.
CREATE TABLE objective_checklist_answers (
  entry_id  uuid NOT NULL REFERENCES objective_entries (id) ON DELETE CASCADE,
  item      text NOT NULL CHECK (btrim(item) <> ''),
  answer    text NOT NULL CHECK (answer IN ('yes', 'no', 'na')),
  comment   text CHECK (comment IS NULL OR length(comment) <= 2000),
  PRIMARY KEY (entry_id, item)
);

-- Photo evidence of a checklist (optionally of one item): at most 5 MB, JPEG, PNG or WebP.
CREATE TABLE objective_photos (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id      uuid NOT NULL REFERENCES objective_entries (id) ON DELETE CASCADE,
  item          text,
  file_name     text CHECK (file_name IS NULL OR length(file_name) <= 255),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size          integer NOT NULL CHECK (size > 0 AND size <= 5242880),
  data          bytea NOT NULL,
  uploaded_by   uuid REFERENCES users (id),
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT objective_photos_size_matches CHECK (octet_length(data) = size)
);
CREATE INDEX objective_photos_entry_idx ON objective_photos (entry_id);

-- The events behind a П3 entry; the entry's payload {events} is their count. Dates lie inside the entry's period.
CREATE TABLE objective_events (
  id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id  uuid NOT NULL REFERENCES objective_entries (id) ON DELETE CASCADE,
  held_on   date NOT NULL,
  title     text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
  kind      text NOT NULL CHECK (kind IN ('job_fair', 'open_day', 'career_guidance', 'employer_meeting', 'training', 'other'))
);
CREATE INDEX objective_events_entry_idx ON objective_events (entry_id, held_on);

-- Every reopening of an approved entry: who, when, why.
CREATE TABLE objective_reopenings (
  id           bigserial PRIMARY KEY,
  entry_id     uuid NOT NULL REFERENCES objective_entries (id) ON DELETE CASCADE,
  reopened_by  uuid REFERENCES users (id),
  reopened_at  timestamptz NOT NULL DEFAULT now(),
  reason       text NOT NULL CHECK (btrim(reason) <> '' AND length(reason) <= 2000)
);
CREATE INDEX objective_reopenings_entry_idx ON objective_reopenings (entry_id, reopened_at);

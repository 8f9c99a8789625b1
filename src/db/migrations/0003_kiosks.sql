-- 0003_kiosks: office kiosks (tablets) registered to a unit; a kiosk opens the survey at
-- /k/<token>, and only a hash of that secret token is kept.
CREATE TABLE kiosks (
  -- A short random id (k + base64url), shown to staff and used as the responses' device key.
  id            text PRIMARY KEY CHECK (id ~ '^k[A-Za-z0-9_-]{6,31}$'),
  unit_id       text NOT NULL REFERENCES org_units (id),
  -- Where the tablet stands, for staff: «Планшет у входа».
  label         text NOT NULL CHECK (btrim(label) <> '' AND length(label) <= 200),
  -- sha256 of the secret token, hex; the token itself is shown once and never stored.
  token_hash    text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  last_seen_at  timestamptz
);
CREATE INDEX kiosks_unit_idx ON kiosks (unit_id);

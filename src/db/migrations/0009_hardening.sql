-- 0009_hardening: who made an account and who last set its password (four eyes that hold), and
-- sign-in failures counted per account and client address (a lock-out that cannot lock the owner out).

-- The administrator who created the account (null: the command line or before this migration).
ALTER TABLE users ADD COLUMN created_by uuid REFERENCES users (id) ON DELETE SET NULL;
-- Who last set the password: the account itself after a change, the administrator after a reset
-- or a creation, null for the command line. Whoever set it may know it.
ALTER TABLE users ADD COLUMN password_set_by uuid REFERENCES users (id) ON DELETE SET NULL;

-- Consecutive failed sign-ins of one account from one client address (a salted hash of it):
-- the lock applies to that address alone, so an attacker elsewhere cannot lock the owner out.
CREATE TABLE login_failures (
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  address_hash  text NOT NULL,
  failures      integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until  timestamptz,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, address_hash)
);
CREATE INDEX login_failures_updated ON login_failures (updated_at);

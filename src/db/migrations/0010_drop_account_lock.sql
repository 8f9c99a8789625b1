-- 0010_drop_account_lock: the per-account failure count and lock gave way to login_failures
-- (per account and address, 0009); the old columns were no longer written or read.
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;

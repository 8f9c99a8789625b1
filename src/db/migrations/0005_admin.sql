-- 0005_admin: the unit an audit entry concerns (a unit itself, or a user's scope unit), so
-- that a regional administrator can read the trail of its own subtree; keyset pages by id.
ALTER TABLE audit_log ADD COLUMN unit_id text;
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, id);
CREATE INDEX audit_log_entity_id_idx ON audit_log (entity, entity_id, id);

-- At most one active token per name: the database itself refuses a second, even from two
-- "token create" commands at the same moment.
CREATE UNIQUE INDEX tokens_active_name ON tokens (name) WHERE revoked IS NULL;

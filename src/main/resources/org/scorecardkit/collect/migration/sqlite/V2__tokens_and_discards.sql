-- Admin tokens, kept only as the SHA-256 of the token (hex); revoked ones stay listed.
CREATE TABLE tokens (
    name    TEXT NOT NULL,
    hash    TEXT NOT NULL UNIQUE,
    created INTEGER NOT NULL,
    revoked INTEGER
);
CREATE INDEX tokens_by_name ON tokens (name);
-- Posts answered as a success but stored nowhere (spam trap filled, sent too fast), counted.
CREATE TABLE discarded (
    instrument TEXT NOT NULL,
    why        TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (instrument, why)
);

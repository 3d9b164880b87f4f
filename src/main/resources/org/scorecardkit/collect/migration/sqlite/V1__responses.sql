-- The responses, one row per stored submission: checked before they are written, answers in their
-- canonical written form (a JSON object of item id to answer, answered items only).
CREATE TABLE responses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    instrument  TEXT    NOT NULL,
    version     TEXT    NOT NULL,
    -- The page's _id (or one the collector made): a retry of the same submission stores nothing new.
    submission  TEXT    NOT NULL,
    -- When it was stored, in milliseconds since 1970-01-01 UTC.
    received    INTEGER NOT NULL,
    respondent  TEXT,
    grp         TEXT,
    -- The respondent's date, YYYY-MM-DD.
    answered_on TEXT,
    answers     TEXT    NOT NULL,
    UNIQUE (instrument, submission)
);
CREATE INDEX responses_by_instrument ON responses (instrument, id);

-- The dossiers' diary: one row per thing done, in words, appended in the transaction of the action.
-- Entries are numbered without gaps and chained: each holds the SHA-256 of its own content and of
-- the previous entry's hash, so an edited, removed or inserted row breaks the chain from there on.
-- audit_head holds the number and hash of the last entry; appending locks it, so one chain grows
-- in one order on every node.
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    business_key  VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(128),
    actor_name    VARCHAR(200)  NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    unit_code     VARCHAR(20),
    subject       VARCHAR(128),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_business_key ON audit_entry (business_key, id);
CREATE INDEX audit_entry_subject ON audit_entry (subject);

CREATE TABLE audit_head (
    id        INTEGER      NOT NULL PRIMARY KEY,
    last_id   BIGINT       NOT NULL,
    last_hash VARCHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Periodic reviews (business key SK-<year>-<kind>): one per year and kind.
CREATE TABLE periodic_review (
    review_key          VARCHAR(40)   PRIMARY KEY,
    review_year         INTEGER       NOT NULL,
    review_kind         VARCHAR(12)   NOT NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    opened_at           TIMESTAMP     NOT NULL,
    summary             VARCHAR(4000),
    council_opinion     VARCHAR(4000),
    approved_by         VARCHAR(64),
    approved_at         TIMESTAMP,
    thematic_round_key  VARCHAR(40),
    CONSTRAINT periodic_review_once UNIQUE (review_year, review_kind)
);

-- The seven indicators of each unit at each review: target, actual and the status indicator-status gives.
CREATE TABLE indicator_value (
    review_key    VARCHAR(40)   NOT NULL REFERENCES periodic_review (review_key),
    unit_code     VARCHAR(20)   NOT NULL REFERENCES org_unit (code),
    indicator_no  INTEGER       NOT NULL,
    target        NUMERIC(7, 2) NOT NULL,
    actual        NUMERIC(7, 2),
    status        VARCHAR(12),
    status_reason VARCHAR(500),
    comment       VARCHAR(2000),
    reported_by   VARCHAR(64),
    reported_at   TIMESTAMP,
    PRIMARY KEY (review_key, unit_code, indicator_no)
);

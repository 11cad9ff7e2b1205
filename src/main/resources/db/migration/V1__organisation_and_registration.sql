-- Organisation master data (DESIGN §5, DOMAIN §7). Synchronised into Camunda users and groups.
CREATE TABLE org_unit (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL
);

CREATE TABLE person (
    username        VARCHAR(64)  PRIMARY KEY,
    full_name       VARCHAR(200) NOT NULL,
    position        VARCHAR(200) NOT NULL,
    unit_code       VARCHAR(20)  REFERENCES org_unit (code),
    staff_category  VARCHAR(20)  NOT NULL,
    email           VARCHAR(200),
    active          BOOLEAN      NOT NULL
);

CREATE TABLE person_role (
    username  VARCHAR(64) NOT NULL REFERENCES person (username),
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (username, role)
);

-- One annual registration per year (business key DK-<year>).
CREATE TABLE emulation_registration (
    reg_year             INTEGER     PRIMARY KEY,
    process_instance_id  VARCHAR(64) NOT NULL,
    deadline             DATE        NOT NULL,
    opened_at            TIMESTAMP   NOT NULL
);

-- Each unit's registration within the year; resubmission after a return updates the row.
CREATE TABLE unit_registration (
    reg_year         INTEGER      NOT NULL REFERENCES emulation_registration (reg_year),
    unit_code        VARCHAR(20)  NOT NULL REFERENCES org_unit (code),
    status           VARCHAR(20)  NOT NULL,
    candidate_count  INTEGER      NOT NULL,
    content          TEXT         NOT NULL,
    submitted_by     VARCHAR(64),
    submitted_at     TIMESTAMP    NOT NULL,
    reviewed_by      VARCHAR(64),
    reviewed_at      TIMESTAMP,
    review_note      VARCHAR(2000),
    PRIMARY KEY (reg_year, unit_code)
);

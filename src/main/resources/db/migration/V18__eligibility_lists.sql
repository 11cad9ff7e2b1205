-- A unit's eligibility list for a year and a round's type, as last computed, with the stamp of the
-- inputs it was computed from (evaluations, register, registration, staff, rules, table versions).
-- Reads use it while the stamp is unchanged; any change of an input computes it again.
CREATE TABLE eligibility_list (
    eval_year         INTEGER      NOT NULL,
    unit_code         VARCHAR(20)  NOT NULL,
    commendation_type VARCHAR(20)  NOT NULL,
    inputs_stamp      VARCHAR(64)  NOT NULL,
    content           TEXT         NOT NULL,
    computed_at       TIMESTAMP    NOT NULL,
    PRIMARY KEY (eval_year, unit_code, commendation_type)
);

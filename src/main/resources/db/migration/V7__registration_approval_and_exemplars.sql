-- The Director's approval of the Department's registration, and who is registered (the `registered`
-- input of the commendation criteria).
ALTER TABLE emulation_registration ADD COLUMN approved_by VARCHAR(64);
ALTER TABLE emulation_registration ADD COLUMN approved_at TIMESTAMP;
ALTER TABLE emulation_registration ADD COLUMN approval_note VARCHAR(2000);

CREATE TABLE registered_subject (
    reg_year      INTEGER     NOT NULL REFERENCES emulation_registration (reg_year),
    subject_type  VARCHAR(12) NOT NULL,
    subject_id    VARCHAR(64) NOT NULL,
    unit_code     VARCHAR(20) NOT NULL,
    PRIMARY KEY (reg_year, subject_type, subject_id)
);

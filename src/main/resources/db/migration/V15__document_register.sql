-- The registers of document numbers (sổ văn bản): one row per kind and year, the last number given.
CREATE TABLE document_register (
    kind        VARCHAR(40) NOT NULL,
    reg_year    INTEGER     NOT NULL,
    last_number INTEGER     NOT NULL,
    PRIMARY KEY (kind, reg_year)
);

-- Wrong passwords per account and client address. Logins are throttled per pair, so that wrong passwords
-- from one address never lock the real person out from another (Camunda's own per-account lock-out is off).
CREATE TABLE login_failure (
    username      VARCHAR(128) NOT NULL,
    client        VARCHAR(64)  NOT NULL,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP    NOT NULL,
    blocked_until TIMESTAMP,
    PRIMARY KEY (username, client)
);

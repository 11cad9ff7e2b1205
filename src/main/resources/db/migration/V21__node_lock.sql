-- Work that one node must finish before another starts it: the first start's set-up (the
-- administrator, the demo data, the history time to live), held with SELECT … FOR UPDATE on its row.
CREATE TABLE node_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);

INSERT INTO node_lock (name) VALUES ('startup');

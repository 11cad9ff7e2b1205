-- Secret votes are no longer rows of their own. A row per vote, written in the voter's transaction,
-- shared that transaction's metadata (PostgreSQL's xmin) with the voter's own rows, and its physical
-- position followed the order of the ballots. Each secret item now has only running counts, which the
-- session's count moves into agenda_item and then deletes.
CREATE TABLE secret_count (
    item_id  BIGINT  PRIMARY KEY REFERENCES agenda_item (id),
    agree    INTEGER NOT NULL,
    disagree INTEGER NOT NULL,
    abstain  INTEGER NOT NULL
);

INSERT INTO secret_count (item_id, agree, disagree, abstain)
SELECT i.id,
       (SELECT COUNT(*) FROM secret_vote v WHERE v.item_id = i.id AND v.choice = 'AGREE'),
       (SELECT COUNT(*) FROM secret_vote v WHERE v.item_id = i.id AND v.choice = 'DISAGREE'),
       (SELECT COUNT(*) FROM secret_vote v WHERE v.item_id = i.id AND v.choice = 'ABSTAIN')
FROM agenda_item i
WHERE i.ballot = 'SECRET' AND i.outcome IS NULL;

DROP TABLE secret_vote;

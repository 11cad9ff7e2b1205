-- What the council votes on for an agenda item, in Vietnamese (e.g. "Lao động tiên tiến"), for the ballot.
ALTER TABLE agenda_item ADD COLUMN question VARCHAR(200);

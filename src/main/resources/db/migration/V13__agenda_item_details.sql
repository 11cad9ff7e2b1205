-- What the ballot shows under an agenda item's name: position and unit, and the achievement summary.
ALTER TABLE agenda_item ADD COLUMN details VARCHAR(4000);

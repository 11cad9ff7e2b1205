package vn.laichau.sxd.thidua.organisation;

import java.util.List;

/** Published, inside the import's transaction, after the organisation was replaced. */
/** The organisation file was imported: its units, how many people it names, and who imported it (null: the application, at start). */
public record OrganisationChanged(List<Unit> units, int people, String changedBy) {
}

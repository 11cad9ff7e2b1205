package vn.laichau.sxd.thidua.organisation;

import java.util.List;

/** Published, inside the import's transaction, after the organisation was replaced. */
public record OrganisationChanged(List<Unit> units) {
}

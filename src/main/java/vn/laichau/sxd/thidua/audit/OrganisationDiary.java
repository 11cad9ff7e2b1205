package vn.laichau.sxd.thidua.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.organisation.OrganisationChanged;

/** Who changed the organisation, in the diary {@value #KEY} (the Office's), in the transaction of the import. */
@Component
class OrganisationDiary {

  static final String KEY = "TO-CHUC";

  private final AuditTrail trail;

  OrganisationDiary(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  public void onOrganisationChanged(OrganisationChanged change) {
    trail.record(AuditEntry.of(KEY, AuditAction.ORGANISATION_CHANGED, "Nhập tệp tổ chức: " + change.units().size() + " phòng, đơn vị, "
        + change.people() + " người."), change.changedBy());
  }
}

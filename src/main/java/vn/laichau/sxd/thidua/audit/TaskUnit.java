package vn.laichau.sxd.thidua.audit;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * The unit a task belongs to: the one whose head it is offered to, else the unit the models name in
 * its scope ({@value #UNIT_CODE}: the Office reviewing a unit's registration works on that unit's part).
 */
final class TaskUnit {

  /** The variable in which the models name a unit (the candidate group of its head is computed from it). */
  static final String UNIT_CODE = "unitCode";

  private TaskUnit() {
  }

  /** The unit's code, or null for the Department's own tasks (the Office's, the council's, the Director's). */
  static String of(DelegateTask task) {
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).map(CamundaGroups::unitOfHeadGroup).flatMap(Optional::stream)
        .findFirst().orElseGet(() -> task.getVariable(UNIT_CODE) instanceof String code ? code : null);
  }
}

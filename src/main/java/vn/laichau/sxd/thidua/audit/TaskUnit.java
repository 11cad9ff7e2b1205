package vn.laichau.sxd.thidua.audit;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/** The unit a task belongs to: the one whose head it is offered to. */
final class TaskUnit {

  private TaskUnit() {
  }

  /** The unit's code, or null for a task of the Office, the council or the Director. */
  static String of(DelegateTask task) {
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).map(CamundaGroups::unitOfHeadGroup).flatMap(Optional::stream)
        .findFirst().orElse(null);
  }
}

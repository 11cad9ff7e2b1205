package vn.laichau.sxd.thidua.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/notices}: the latest notices addressed to any group of the signed-in user. */
@RestController
class NoticeController {

  private static final int LATEST = 50;

  private final NotificationService notifications;
  private final IdentityService identityService;

  public NoticeController(NotificationService notifications, IdentityService identityService) {
    this.notifications = notifications;
    this.identityService = identityService;
  }

  @GetMapping("/api/notices")
  public List<Notice> mine() {
    // The engine authentication of this request carries the user's groups.
    return notifications.forGroups(identityService.getCurrentAuthentication().getGroupIds(), LATEST);
  }
}

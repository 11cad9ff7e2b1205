package vn.laichau.sxd.thidua.notification;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.AsApplication;

/**
 * The people behind a group or a login, read from the engine's identity (kept in step with the
 * organisation file, e-mail included). Read as the application: whoever's step causes a notice,
 * its recipients are found the same way.
 */
@Component
class Recipients {

  private final IdentityService identityService;

  Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Everyone in any of the groups and the named users, each once, in a stable order. */
  List<Recipient> of(Collection<String> groups, Collection<String> users) {
    return AsApplication.call(identityService, () -> {
      Map<String, Recipient> found = new LinkedHashMap<>();
      for (String group : groups) {
        identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
            .forEach(user -> found.putIfAbsent(user.getId(), recipient(user)));
      }
      for (String id : users) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user != null) {
          found.putIfAbsent(id, recipient(user));
        }
      }
      return List.copyOf(found.values());
    });
  }

  /** Everyone notices can reach: the members of the organisation's groups (the technical administrator is in none of them). */
  List<Recipient> everyone() {
    List<String> groups = AsApplication.call(identityService, () -> identityService.createGroupQuery().list().stream()
        .map(group -> group.getId()).filter(id -> !Groups.CAMUNDA_ADMIN.equals(id)).toList());
    return of(groups, List.of()).stream().sorted(Comparator.comparing(Recipient::username)).toList();
  }

  private static Recipient recipient(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    String address = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
    return new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, address);
  }
}

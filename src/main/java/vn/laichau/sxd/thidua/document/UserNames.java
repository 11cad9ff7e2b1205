package vn.laichau.sxd.thidua.document;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.AsApplication;

/** People as documents and pages name them: by their full name, never their login. */
@Component
class UserNames {

  private final IdentityService identityService;

  UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** "Tòng Văn Quyết"; empty for nobody. */
  String fullName(String userId) {
    if (userId == null) {
      return "";
    }
    User user = AsApplication.call(identityService, () -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? "" : Stream.of(user.getFirstName(), user.getLastName()).filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(" "));
  }
}

package vn.laichau.sxd.thidua.decision;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * {@code GET /api/awards?subject=…}: a person's (username) or unit's (upper-case unit code)
 * awards in force and the whole history of their entries.
 */
@RestController
class AwardsController {

  private final AwardsRegisterService register;

  public AwardsController(AwardsRegisterService register) {
    this.register = register;
  }

  /** A login name or a unit code, as the organisation file allows them. */
  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @GetMapping("/api/awards")
  public Map<String, Object> awards(@RequestParam String subject) {
    if (!SUBJECT.matcher(subject).matches()) {
      throw new InvalidInputException("subject", "Mã người (tên đăng nhập) hoặc mã đơn vị không hợp lệ.");
    }
    // Usernames are lower case by rule of the organisation file, unit codes upper case.
    SubjectType type = subject.equals(subject.toUpperCase(java.util.Locale.ROOT)) ? SubjectType.COLLECTIVE : SubjectType.INDIVIDUAL;
    List<AwardEntry> inForce = register.inForce(type, subject);
    return Map.of("subject", subject, "subjectType", type, "inForce", inForce, "history", register.history(type, subject));
  }
}

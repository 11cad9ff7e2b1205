package vn.laichau.sxd.thidua.security;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's password policy (the one the engine applies with {@code enablePasswordPolicy}), checked
 * without an engine, so that prod can refuse a weak first administrator password before it touches
 * the database. Each broken rule is said in Vietnamese.
 */
final class AdministratorPasswordRules {

  private AdministratorPasswordRules() {
  }

  /** The rules the password breaks for this account; empty when it may be used. */
  static List<String> broken(String userId, String password) {
    User user = new UserEntity(userId);
    user.setFirstName(AdministratorAccount.FIRST_NAME);
    user.setLastName(AdministratorAccount.LAST_NAME);
    return new DefaultPasswordPolicyImpl().getRules().stream()
        .filter(rule -> !rule.execute(password, user))
        .map(AdministratorPasswordRules::describe)
        .toList();
  }

  static String describe(PasswordPolicyRule rule) {
    String placeholder = rule.getPlaceholder();
    String count = rule.getParameters() == null ? "" : rule.getParameters().values().stream().findFirst().orElse("");
    return switch (placeholder) {
      case "PASSWORD_POLICY_LENGTH" -> "dài ít nhất " + count + " ký tự";
      case "PASSWORD_POLICY_LOWERCASE" -> "có ít nhất " + count + " chữ thường";
      case "PASSWORD_POLICY_UPPERCASE" -> "có ít nhất " + count + " chữ hoa";
      case "PASSWORD_POLICY_DIGIT" -> "có ít nhất " + count + " chữ số";
      case "PASSWORD_POLICY_SPECIAL" -> "có ít nhất " + count + " ký tự đặc biệt (như ! # - _ @)";
      case "PASSWORD_POLICY_USER_DATA" -> "không chứa tên đăng nhập (THIDUA_ADMIN_USER) hay tên hiển thị «"
          + AdministratorAccount.FIRST_NAME + " " + AdministratorAccount.LAST_NAME + "», kể cả viết hoa khác đi";
      default -> placeholder;
    };
  }
}

package vn.laichau.sxd.thidua.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start: the camunda-admin group exists with every permission, and the configured
 * administrator exists and is a direct member of it (DESIGN §7, CVE-2026-77226). The password is
 * set only when the account is created; outside the demo it must pass the password policy.
 */
@Component
@Order(0)
class AdministratorAccount implements ApplicationRunner {

  static final String FIRST_NAME = "Quản trị";
  static final String LAST_NAME = "hệ thống";

  private final IdentityService identityService;
  private final AuthorizationService authorizations;
  private final AdministratorProperties administrator;
  private final boolean demo;

  public AdministratorAccount(IdentityService identityService, AuthorizationService authorizations,
      AdministratorProperties administrator, Environment environment) {
    this.identityService = identityService;
    this.authorizations = authorizations;
    this.administrator = administrator;
    this.demo = environment.acceptsProfiles(Profiles.of("demo"));
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Quản trị hệ thống");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    for (Resource resource : Resources.values()) {
      Grant.toGroup(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL).applyTo(authorizations);
    }
    String userId = administrator.user();
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      // prod has already refused a password outside the policy before start-up (ProductionSettingsCheck).
      User user = identityService.newUser(userId);
      user.setFirstName(FIRST_NAME);
      user.setLastName(LAST_NAME);
      user.setPassword(administrator.password());
      // Only the demo's well-known password "demo" is allowed to skip the policy.
      ((IdentityServiceImpl) identityService).saveUser(user, demo);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
    }
  }
}

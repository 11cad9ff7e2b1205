package vn.laichau.sxd.thidua.organisation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's users, groups and memberships match the organisation. The organisation owns
 * every role and unit group; people who left the organisation lose their Camunda account
 * (administrators excepted), so that they can no longer sign in.
 */
@Component
class CamundaIdentitySync {

  private static final String UNIT_GROUP_TYPE = "UNIT";
  private static final String ROLE_GROUP_TYPE = "WORKFLOW";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;

  public CamundaIdentitySync(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @param initialPassword password given to accounts created now (demo only); null gives new
   *     accounts a random secret nobody knows, until an administrator sets the real password in
   *     Camunda Admin (an account without any password breaks Camunda's password check).
   */
  public void apply(Organisation organisation, List<String> departedUsernames, String initialPassword) {
    Map<String, String> groupNames = new HashMap<>(CamundaGroups.ROLE_GROUPS);
    for (Unit unit : organisation.units()) {
      groupNames.put(CamundaGroups.unitHead(unit.code()), "Lãnh đạo " + unit.name());
      groupNames.put(CamundaGroups.unitStaff(unit.code()), unit.name());
    }
    groupNames.forEach(this::ensureGroup);
    organisation.people().forEach(person -> ensureUser(person, initialPassword));

    Map<String, Set<String>> desired = desiredMembers(organisation, groupNames.keySet());
    for (Group group : identityService.createGroupQuery().list()) {
      if (isManaged(group)) {
        syncMembers(group.getId(), desired.getOrDefault(group.getId(), Set.of()));
      }
    }
    for (String username : departedUsernames) {
      boolean administrator = identityService.createUserQuery().userId(username).memberOfGroup(CamundaGroups.ADMIN).count() > 0;
      if (!administrator && identityService.createUserQuery().userId(username).count() > 0) {
        identityService.deleteUser(username);
      }
    }
  }

  private static boolean isManaged(Group group) {
    return CamundaGroups.ROLE_GROUPS.containsKey(group.getId()) || group.getId().startsWith("unit-");
  }

  private static Map<String, Set<String>> desiredMembers(Organisation organisation, Set<String> groupIds) {
    Map<String, Set<String>> members = new HashMap<>();
    groupIds.forEach(id -> members.put(id, new HashSet<>()));
    for (Person person : organisation.people()) {
      if (person.unitCode() != null) {
        members.get(CamundaGroups.unitStaff(person.unitCode())).add(person.username());
      }
      for (Role role : person.roles()) {
        role.groupId(person.unitCode()).ifPresent(group -> members.get(group).add(person.username()));
      }
    }
    return members;
  }

  private void ensureGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    group.setType(id.startsWith("unit-") ? UNIT_GROUP_TYPE : ROLE_GROUP_TYPE);
    identityService.saveGroup(group);
  }

  private void ensureUser(Person person, String initialPassword) {
    int split = person.fullName().lastIndexOf(' ');
    String firstName = split < 0 ? "" : person.fullName().substring(0, split);
    String lastName = split < 0 ? person.fullName() : person.fullName().substring(split + 1);
    User user = identityService.createUserQuery().userId(person.username()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(person.username());
      user.setPassword(initialPassword != null ? initialPassword : unknowableSecret());
    } else if (firstName.equals(user.getFirstName()) && lastName.equals(user.getLastName())
        && java.util.Objects.equals(person.email(), user.getEmail())) {
      return;
    }
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(person.email());
    // The demo password "demo" is weaker than the password policy allows; accounts created without
    // a password get theirs through Camunda Admin, where the policy applies.
    ((IdentityServiceImpl) identityService).saveUser(user, true);
  }

  private static String unknowableSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private void syncMembers(String groupId, Set<String> wanted) {
    Set<String> current = new HashSet<>();
    List<User> users = identityService.createUserQuery().memberOfGroup(groupId).list();
    users.forEach(user -> current.add(user.getId()));
    for (String username : wanted) {
      if (!current.contains(username)) {
        identityService.createMembership(username, groupId);
      }
    }
    for (String username : new ArrayList<>(current)) {
      if (!wanted.contains(username)) {
        identityService.deleteMembership(username, groupId);
      }
    }
  }
}

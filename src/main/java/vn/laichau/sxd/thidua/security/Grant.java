package vn.laichau.sxd.thidua.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One explicit permission grant. Applying it is idempotent: an existing authorization for the
 * same group (or everyone) and resource gets the missing permissions added, never duplicated.
 */
public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  public static Grant toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, List.of(permissions));
  }

  /** A grant to every authenticated user (a global authorization). */
  public static Grant toEveryone(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(null, resource, resourceId, List.of(permissions));
  }

  public void applyTo(AuthorizationService authorizations) {
    var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    Authorization existing = groupId == null
        ? query.authorizationType(Authorization.AUTH_TYPE_GLOBAL).singleResult()
        : query.groupIdIn(groupId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (existing != null && permissions.stream().allMatch(existing::isPermissionGranted)) {
      return;
    }
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      if (groupId == null) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(groupId);
      }
    }
    permissions.forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }
}

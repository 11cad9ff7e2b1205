package vn.laichau.sxd.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * CVE-2026-77226 is exploitable once {@code camunda-admin} has no direct member. Besides blocking
 * the setup path (see {@link SecurityConfiguration}), refuse through either engine API any delete
 * that would leave the group without a direct member: the group itself, the last membership, or
 * the account of the last member.
 */
class AdministratorRemovalGuard extends OncePerRequestFilter {

  private static final String API = "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)";
  private static final Pattern GROUP = Pattern.compile(API + "/group/" + CamundaGroups.ADMIN + "/?$");
  private static final Pattern MEMBERSHIP = Pattern.compile(API + "/group/" + CamundaGroups.ADMIN + "/members/([^/]+)/?$");
  private static final Pattern USER = Pattern.compile(API + "/user/([^/]+)/?$");
  private static final String REFUSAL = "{\"type\":\"InvalidRequestException\",\"message\":"
      + "\"Không thể xóa: nhóm camunda-admin phải luôn có ít nhất một thành viên trực tiếp.\"}";

  private final IdentityService identityService;
  private final UrlPathHelper paths = new UrlPathHelper();

  AdministratorRemovalGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"DELETE".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = paths.getPathWithinApplication(request);
    if (GROUP.matcher(path).matches() || removesLastMember(MEMBERSHIP.matcher(path)) || removesLastMember(USER.matcher(path))) {
      response.setStatus(HttpStatus.CONFLICT.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(REFUSAL);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean removesLastMember(Matcher matcher) {
    if (!matcher.matches()) {
      return false;
    }
    String userId = matcher.group(1);
    long members = identityService.createUserQuery().memberOfGroup(CamundaGroups.ADMIN).count();
    boolean isMember = identityService.createUserQuery().userId(userId).memberOfGroup(CamundaGroups.ADMIN).count() > 0;
    return isMember && members <= 1;
  }
}

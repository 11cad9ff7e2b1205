package vn.laichau.sxd.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our pages (the dashboard, the imports page, a unit's dossier, the notices, a dossier's diary) work with the login of the Camunda
 * webapps (no second password): a request without credentials is authenticated as the user of the
 * webapps' session when it reads (a GET under /api/dashboard, /api/dossiers, /api/documents, /api/mail or /api/audit), or when it is a
 * page's write (an import, a dossier file added or removed, a template uploaded, a mail choice or template) that carries the session's CSRF token
 * (the webapps' own, in the header X-XSRF-TOKEN). A page reads that token from the header of one of
 * its reads: a cross-site page can neither read that header nor set it, so it cannot make the
 * session write anything.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final List<String> READ_APIS = List.of("/api/dashboard", "/api/dossiers", "/api/documents", "/api/mail", "/api/audit");
  private static final String ENGINE = "default";

  /** Whether the request may be authenticated by the webapps' session (then a refusal is a plain 401, not a password dialog). */
  static boolean servesOurPages(HttpServletRequest request) {
    return isPageRead(request) || isPageWrite(request);
  }

  private static boolean isPageRead(HttpServletRequest request) {
    String path = path(request);
    return HttpMethod.GET.matches(request.getMethod()) && READ_APIS.stream().anyMatch(api -> path.equals(api) || path.startsWith(api + "/"));
  }

  private static boolean isPageWrite(HttpServletRequest request) {
    return RequestSizeLimit.isUpload(request)
        || HttpMethod.DELETE.matches(request.getMethod()) && path(request).startsWith("/api/dossiers/files/")
        || (HttpMethod.PUT.matches(request.getMethod()) || HttpMethod.DELETE.matches(request.getMethod())) && path(request).startsWith("/api/mail/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !servesOurPages(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    boolean allowed = isPageRead(request)
        || token != null && token.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    if (session != null && allowed) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
        List<SimpleGrantedAuthority> groups = user.getGroupIds() == null ? List.<SimpleGrantedAuthority>of()
            : user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, groups));
        if (token != null && isPageRead(request)) {
          response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token.toString());
        }
      }
    }
    chain.doFilter(request, response);
  }
}

package vn.laichau.sxd.thidua.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so the REST APIs and the
 * webapps share one set of accounts; wrong passwords are throttled per account and client address
 * ({@link LoginThrottle}). The authorities are the user's Camunda group ids. A successful check is
 * kept for a minute ({@link VerifiedCredentials}); the throttle is asked first, every time.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final VerifiedCredentials verified = new VerifiedCredentials();

  public CamundaAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object password = authentication.getCredentials();
    String client = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    LoginThrottle.Attempt attempt = throttle.attempt(username, client);
    Optional<Duration> wait = attempt.mustWait();
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    Optional<List<GrantedAuthority>> known = username == null || password == null ? Optional.empty()
        : verified.groups(username, password.toString());
    if (known.isPresent()) {
      attempt.succeeded();
      return UsernamePasswordAuthenticationToken.authenticated(username, null, known.get());
    }
    if (username == null || password == null || !identityService.checkPassword(username, password.toString())) {
      attempt.failed();
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu.");
    }
    attempt.succeeded();
    List<GrantedAuthority> groups = identityService.createGroupQuery().groupMember(username).list().stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(group.getId()))
        .toList();
    verified.remember(username, password.toString(), groups);
    return UsernamePasswordAuthenticationToken.authenticated(username, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

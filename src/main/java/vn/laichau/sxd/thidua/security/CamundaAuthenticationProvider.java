package vn.laichau.sxd.thidua.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so the REST APIs and the
 * webapps share one set of accounts (and Camunda's lock-out after repeated failures). The
 * authorities are the user's Camunda group ids.
 */
@Component
public class CamundaAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  public CamundaAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object password = authentication.getCredentials();
    if (username == null || password == null || !identityService.checkPassword(username, password.toString())) {
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu.");
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(group -> new SimpleGrantedAuthority(group.getId()))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(username, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

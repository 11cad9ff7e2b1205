package vn.laichau.sxd.thidua.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** This client address must wait before trying this account again; answered 429 with the wait. */
class LoginThrottledException extends AuthenticationException {

  private final Duration wait;

  LoginThrottledException(Duration wait) {
    super(LoginThrottle.message(wait));
    this.wait = wait;
  }

  Duration waitTime() {
    return wait;
  }
}

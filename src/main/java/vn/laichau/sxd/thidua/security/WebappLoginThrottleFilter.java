package vn.laichau.sxd.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form (Welcome, Tasklist, Cockpit, Admin) under the same throttle as HTTP
 * Basic: an address that must wait gets 429 before the password is even checked; after the
 * webapps' own check, its answer (200 or 401) is counted for the account and address.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  WebappLoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CachedBodyRequest cached = new CachedBodyRequest(request);
    String username = formValue(new String(cached.body(), StandardCharsets.UTF_8), "username");
    LoginThrottle.Attempt attempt = throttle.attempt(username, request.getRemoteAddr());
    Optional<Duration> wait = attempt.mustWait();
    if (wait.isPresent()) {
      tooManyAttempts(response, wait.get());
      return;
    }
    chain.doFilter(cached, response);
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      attempt.succeeded();
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      attempt.failed();
    }
  }

  static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
    response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.getSeconds())));
    Refusal.write(response, 429, LoginThrottle.message(wait));
  }

  private static String formValue(String form, String name) {
    try {
      for (String pair : form.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && name.equals(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8))) {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
    } catch (IllegalArgumentException malformed) {
      // A malformed form names no account; the webapps refuse it themselves.
    }
    return "";
  }
}

package vn.laichau.sxd.thidua.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.catalina.core.StandardHost;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Two filter chains. The APIs (/engine-rest, /api, /actuator) are stateless HTTP Basic against
 * Camunda's accounts. The webapps (/camunda) keep their own session login and CSRF protection;
 * here they only lose the Admin first-run setup (CVE-2026-77226) and REST deployments.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  private static final String[] DEPLOYMENTS = {
      "/engine-rest/deployment/create", "/engine-rest/deployment/*/redeploy",
      "/camunda/api/engine/engine/*/deployment/create", "/camunda/api/engine/engine/*/deployment/*/redeploy"};

  /** No process has external tasks; their fetch is a long poll that the webapps' API cannot even run. */
  private static final String[] EXTERNAL_TASKS = {"/engine-rest/external-task/**", "/camunda/api/engine/engine/*/external-task/**"};

  /**
   * Paths are matched against the whole path within the application: the engine REST API is a
   * Jersey servlet, not Spring MVC, so MVC-style matchers would see only the part after /engine-rest.
   */
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  /** A refusal by these rules, in the words and shape of every other refusal. */
  private static final AccessDeniedHandler FORBIDDEN = (request, response, denied) ->
      Refusal.write(response, HttpServletResponse.SC_FORBIDDEN);

  private static RequestMatcher writes(String... patterns) {
    return new OrRequestMatcher(Arrays.stream(patterns)
        .flatMap(pattern -> Stream.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE).map(method -> PATHS.matcher(method, pattern)))
        .toArray(RequestMatcher[]::new));
  }

  private static RequestMatcher paths(String... patterns) {
    return new OrRequestMatcher(Arrays.stream(patterns).map(PATHS::matcher).toArray(RequestMatcher[]::new));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
      CamundaAuthenticationProvider authenticationProvider, @Value("${thidua.security.hsts:false}") boolean hsts)
      throws Exception {
    strictTransportSecurity(http, hsts);
    http.securityMatcher(paths("/engine-rest/**", "/api/**", "/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
            .requestMatchers(paths(DEPLOYMENTS)).denyAll()
            .requestMatchers(writes(EXTERNAL_TASKS)).denyAll()
            .requestMatchers(paths("/api/mail/templates", "/api/mail/templates/**")).hasAuthority(CamundaGroups.ADMIN)
            .requestMatchers(paths("/api/mail/problems")).hasAnyAuthority(CamundaGroups.ADMIN, CamundaGroups.SECRETARIAT)
            .requestMatchers(paths("/api/audit/verify")).hasAuthority(CamundaGroups.ADMIN)
            .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/organisation"), PATHS.matcher(HttpMethod.POST, "/api/evaluations/**"),
                PATHS.matcher(HttpMethod.POST, "/api/rounds/**"), PATHS.matcher(HttpMethod.POST, "/api/provincial-submissions/**"),
                PATHS.matcher(HttpMethod.POST, "/api/exemplars/**"), PATHS.matcher(HttpMethod.POST, "/api/documents/templates/**"),
                PATHS.matcher(HttpMethod.GET, "/api/documents/templates/**"), PATHS.matcher(HttpMethod.GET, "/api/documents/templates"),
                PATHS.matcher(HttpMethod.GET, "/api/documents/certificate-calibration.pdf"))
            .hasAnyAuthority(CamundaGroups.ADMIN, CamundaGroups.SECRETARIAT)
            .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/evaluations/**"))
            .hasAnyAuthority(CamundaGroups.ADMIN, CamundaGroups.SECRETARIAT, CamundaGroups.MANAGERS, CamundaGroups.DIRECTOR)
            .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/council/**"), PATHS.matcher(HttpMethod.GET, "/api/rounds/**"))
            .hasAnyAuthority(CamundaGroups.ADMIN, CamundaGroups.SECRETARIAT, CamundaGroups.MANAGERS, CamundaGroups.DIRECTOR,
                CamundaGroups.COUNCIL)
            .anyRequest().authenticated())
        // One manager with our provider alone: with Spring's global manager as parent, a wrong password was checked (and counted) twice.
        .authenticationManager(new ProviderManager(authenticationProvider))
        .httpBasic(basic -> basic.realmName("thidua").authenticationEntryPoint(apiEntryPoint()))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(apiEntryPoint()).accessDeniedHandler(FORBIDDEN))
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        .csrf(csrf -> csrf.disable())
        // No session of its own, and never a new id for the webapps' session that our pages read with: Spring's
        // fixation protection changed it on every page read, and a page's parallel reads then lost the login.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(fixation -> fixation.none()))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, @Value("${thidua.security.hsts:false}") boolean hsts)
      throws Exception {
    strictTransportSecurity(http, hsts);
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/camunda/api/admin/setup/**")).denyAll()
            .requestMatchers(paths(DEPLOYMENTS)).denyAll()
            .requestMatchers(writes(EXTERNAL_TASKS)).denyAll()
            .anyRequest().permitAll())
        .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(FORBIDDEN))
        // The Camunda webapps ship their own CSRF filter and session authentication.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /**
   * HTTP Basic asks for credentials, except for our pages' requests (the dashboard's data, the
   * imports): the page's own script gets a plain 401 (and sends the user to the webapps' login)
   * instead of the browser's password dialog.
   */
  private static AuthenticationEntryPoint apiEntryPoint() {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("thidua");
    return (request, response, exception) -> {
      if (exception instanceof LoginThrottledException throttled) {
        WebappLoginThrottleFilter.tooManyAttempts(response, throttled.waitTime());
      } else if (WebappSessionAuthenticationFilter.servesOurPages(request)) {
        Refusal.write(response, HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        basic.commence(request, response, exception);
      }
    };
  }

  /** HSTS only where the application is served over HTTPS (prod); on a plain-HTTP demo it would lock browsers out. */
  private static void strictTransportSecurity(HttpSecurity http, boolean enabled) throws Exception {
    http.headers(headers -> headers.httpStrictTransportSecurity(sts -> {
      if (enabled) {
        sts.maxAgeInSeconds(31_536_000).includeSubDomains(true);
      } else {
        sts.disable();
      }
    }));
  }

  @Bean
  FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard() {
    FilterRegistrationBean<QueryExpressionGuard> registration = new FilterRegistrationBean<>(new QueryExpressionGuard());
    registration.setOrder(0);
    return registration;
  }

  /** Tomcat's own refusals (before any filter runs) in Vietnamese JSON instead of its English HTML page. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> vietnameseTomcatErrors() {
    return factory -> factory.addContextCustomizers(context ->
        ((StandardHost) context.getParent()).setErrorReportValveClass(VietnameseErrorReportValve.class.getName()));
  }

  /** First of all filters: an oversized body is refused before authentication or anything else reads it. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${thidua.security.max-request-size:5MB}") DataSize limit,
      @Value("${thidua.security.max-import-size:20MB}") DataSize importLimit) {
    FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit, importLimit));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration = new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle));
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdministratorRemovalGuard> administratorRemovalGuard(IdentityService identityService) {
    FilterRegistrationBean<AdministratorRemovalGuard> registration =
        new FilterRegistrationBean<>(new AdministratorRemovalGuard(identityService));
    registration.setOrder(1);
    return registration;
  }
}

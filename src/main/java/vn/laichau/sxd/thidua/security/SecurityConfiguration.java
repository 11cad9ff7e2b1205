package vn.laichau.sxd.thidua.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Two filter chains. The APIs (/engine-rest, /api, /actuator) are stateless HTTP Basic against
 * Camunda's accounts. The webapps (/camunda) keep their own session login and CSRF protection;
 * here they only lose the Admin first-run setup (CVE-2026-77226) and REST deployments.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

  private static final String[] DEPLOYMENTS = {
      "/engine-rest/deployment/create", "/engine-rest/deployment/*/redeploy",
      "/camunda/api/engine/engine/*/deployment/create", "/camunda/api/engine/engine/*/deployment/*/redeploy"};

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
      CamundaAuthenticationProvider authenticationProvider, @Value("${thidua.security.hsts:false}") boolean hsts)
      throws Exception {
    strictTransportSecurity(http, hsts);
    http.securityMatcher("/engine-rest/**", "/api/**", "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers(DEPLOYMENTS).denyAll()
            .requestMatchers(HttpMethod.POST, "/api/organisation").hasAnyAuthority(CamundaGroups.ADMIN, CamundaGroups.SECRETARIAT)
            .anyRequest().authenticated())
        .authenticationProvider(authenticationProvider)
        .httpBasic(basic -> basic.realmName("thidua"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, @Value("${thidua.security.hsts:false}") boolean hsts)
      throws Exception {
    strictTransportSecurity(http, hsts);
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/camunda/api/admin/setup/**").denyAll()
            .requestMatchers(DEPLOYMENTS).denyAll()
            .anyRequest().permitAll())
        // The Camunda webapps ship their own CSRF filter and session authentication.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
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

  @Bean
  FilterRegistrationBean<AdministratorRemovalGuard> administratorRemovalGuard(IdentityService identityService) {
    FilterRegistrationBean<AdministratorRemovalGuard> registration =
        new FilterRegistrationBean<>(new AdministratorRemovalGuard(identityService));
    registration.setOrder(1);
    return registration;
  }
}

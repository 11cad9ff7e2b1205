package vn.laichau.sxd.thidua.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator account kept as a direct member of camunda-admin. */
@ConfigurationProperties("thidua.admin")
record AdministratorProperties(String user, String password) {
}

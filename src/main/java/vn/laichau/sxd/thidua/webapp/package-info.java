/**
 * What people see beyond the Camunda webapps' defaults: the Tasklist filters per role, the
 * demo sign-in hint, and the dashboard.
 */
package vn.laichau.sxd.thidua.webapp;
